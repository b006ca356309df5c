import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { csvBytes, startImport, xlsxBytes } from '../../support/import-files';
import { importLimits, maxImportBase64Length } from '../../../shared/contract/imports';
import type { MemberSummary } from '../../../shared/domain/member';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(() => temp.close());

const people = [
  ['Nom', 'Courriel', 'Catégorie', "Date d'adhésion", 'Langues'],
  ['Hélène Côté', 'helene@example.org', 'Syndicat ou organisation syndicale', '2024-02-01', 'Français'],
  ['François Lefèvre', null, "Organisme d'établissement", '2024-02-02', 'Anglais; Français'],
  ['Zoë Ñandú', null, 'employer', '2024-02-03', 'es'],
];

async function importAll(fileName: string, bytes: Buffer) {
  const { jobId, progress } = await startImport(temp.dispatch, fileName, bytes);
  expect(progress.error).toBeNull();
  const mapping = progress.sheet!.suggestedMapping;
  const commit = await temp.dispatch('imports.commit', {
    jobId,
    mapping,
    duplicateAction: 'skip',
    duplicateOverrides: [],
  });
  expect(commit.ok).toBe(true);
  const list = await temp.dispatch('members.list', { sortBy: 'joinedOn' });
  return {
    progress,
    names: list.ok ? (list.data as { items: MemberSummary[] }).items.map((member) => member.displayName) : [],
  };
}

const expectedNames = ['Hélène Côté', 'François Lefèvre', 'Zoë Ñandú'];

describe('reading files from other programs', () => {
  it('reads a Windows-1252 CSV with French headers and semicolons, accents intact', async () => {
    const bytes = csvBytes(people, { encoding: 'windows-1252', delimiter: ';' });
    expect(bytes.includes(Buffer.from('é', 'utf-8'))).toBe(false);
    const { progress, names } = await importAll('membres.csv', bytes);
    expect(progress.sheet?.encoding).toBe('windows-1252');
    expect(progress.sheet?.suggestedMapping).toEqual(['displayName', 'email', 'category', 'joinedOn', 'languages']);
    expect(names).toEqual(expectedNames);
  });

  it('reads a UTF-8 CSV with a byte-order mark, the mark not sticking to the first header', async () => {
    const { progress, names } = await importAll('members.csv', csvBytes(people, { bom: true }));
    expect(progress.sheet?.headers[0]).toBe('Nom');
    expect(names).toEqual(expectedNames);
  });

  it('reads a UTF-16 CSV with Gurmukhi and Chinese names', async () => {
    const rows = [
      ['Name', 'Category'],
      ['ਹਰਪ੍ਰੀਤ ਸਿੰਘ', 'union'],
      ['李娜', 'union'],
    ];
    const { progress, names } = await importAll('members.csv', csvBytes(rows, { encoding: 'utf-16le', bom: true }));
    expect(progress.sheet?.encoding).toBe('utf-16le');
    expect(names.sort()).toEqual(['ਹਰਪ੍ਰੀਤ ਸਿੰਘ', '李娜'].sort());
  });

  it('refuses a truncated .xlsx with a clear message', async () => {
    const whole = await xlsxBytes(people);
    const start = await temp.dispatch('imports.start', {
      fileName: 'cut.xlsx',
      contentBase64: whole.subarray(0, whole.length - 300).toString('base64'),
    });
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.error.message).toMatch(/"cut.xlsx" is incomplete.*truncated/);
  });

  it('reports a workbook damaged inside (end intact) while it is read', async () => {
    const whole = await xlsxBytes(people);
    const damaged = Buffer.concat([whole.subarray(0, 60), Buffer.alloc(400, 0), whole.subarray(460)]);
    const { progress } = await startImport(temp.dispatch, 'damaged.xlsx', damaged);
    expect(progress.status).toBe('failed');
    expect(progress.error).toMatch(/damaged\.xlsx/);
  });

  it('refuses files that are not spreadsheets', async () => {
    const cases: [string, Buffer, RegExp][] = [
      ['scan.pdf', Buffer.from('%PDF-1.7\n...'), /is not a spreadsheet.*PDF/],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /97-2003/],
      [
        'photo.csv',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        /not a spreadsheet/,
      ],
      ['fake.xlsx', Buffer.from('Name,Category\n'), /not an Excel workbook/],
    ];
    for (const [fileName, bytes, message] of cases) {
      const start = await temp.dispatch('imports.start', { fileName, contentBase64: bytes.toString('base64') });
      if (start.ok) {
        const progress = await startImport(temp.dispatch, fileName, bytes);
        expect(progress.progress.error, fileName).toMatch(message);
      } else {
        expect(start.error.message, fileName).toMatch(message);
      }
    }
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const start = await temp.dispatch('imports.start', {
      fileName: 'huge.csv',
      contentBase64: 'A'.repeat(maxImportBase64Length + 4),
    });
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.error.message).toMatch(/20 MB/);
  });

  it('refuses a file over 50,000 rows', async () => {
    const rows = [
      ['Name', 'Category'],
      ...Array.from({ length: importLimits.maxRows + 1 }, (_, index) => [`Person ${index}`, 'union']),
    ];
    const { progress } = await startImport(temp.dispatch, 'many.csv', csvBytes(rows));
    expect(progress.status).toBe('failed');
    expect(progress.error).toMatch(/more than 50,000 rows/);
  });
});
