import { stringify } from 'csv-stringify/sync';
import type { NoticeRecipient } from '../../../shared/domain/notices';
import { safeSpreadsheetText } from '../safe-text';

/**
 * The mailing list for one language: name (or alias) and email, nothing else a mail tool does not
 * need. Headers mail tools recognise; UTF-8 with a byte-order mark so Excel shows accents; CRLF
 * (RFC 4180). A name such as "=HYPERLINK(...)" is kept from running as a formula when the file is
 * opened in a spreadsheet, by the same rule the app's workbooks use.
 */
export function buildRecipientsCsv(recipients: readonly NoticeRecipient[]): Buffer {
  const text = stringify(
    recipients.map((recipient) => [safeSpreadsheetText(recipient.name), safeSpreadsheetText(recipient.email)]),
    { header: true, columns: ['Name', 'Email'], record_delimiter: 'windows', quoted_string: false },
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
