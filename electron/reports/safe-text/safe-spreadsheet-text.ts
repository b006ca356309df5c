import { neutraliseSpreadsheetText } from './neutralise-spreadsheet-text';
import { stripXmlUnsafeCharacters } from './strip-xml-unsafe-characters';

/**
 * Text for a report's spreadsheet cell: first made XML-safe (a control character would make Excel
 * call the file corrupt), then kept from ever reading as a formula. Stripping first matters: a
 * control character in front of "=" must not hide the "=" from the check.
 */
export function safeSpreadsheetText(text: string): string {
  return neutraliseSpreadsheetText(stripXmlUnsafeCharacters(text));
}
