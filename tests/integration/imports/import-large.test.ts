import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { startImport, xlsxBytes, type SheetCell } from '../../support/import-files';
import { readSpreadsheet } from '../../../electron/imports/read-spreadsheet';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(() => temp.close());

const categories = ['Current migrant worker', 'union', 'Employeur', 'settlement_agency'];
const languages = ['Spanish, English', 'pa', 'Tagalog', 'vi; fr'];

function memberRows(count: number): SheetCell[][] {
  return Array.from({ length: count }, (_, index) => [
    `Member ${index} Nguyễn`,
    index % 3 === 0 ? `Organisation ${index % 50}` : null,
    categories[index % categories.length]!,
    languages[index % languages.length]!,
    `member${index}@example.org`,
    new Date(Date.UTC(2020, 0, 1 + (index % 2000))),
  ]);
}

describe('a 20,000-row workbook', () => {
  it('reports its progress chunk by chunk while it is read', async () => {
    const bytes = await xlsxBytes([['Name', 'Category'], ...memberRows(20_000).map((row) => [row[0]!, row[2]!])]);
    const seen: { bytesRead: number; rowsRead: number }[] = [];
    const sheet = await readSpreadsheet(bytes, 'big.xlsx', (progress) => seen.push({ ...progress }));
    expect(sheet.rows).toHaveLength(20_000);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.some((progress) => progress.bytesRead > 0 && progress.bytesRead < bytes.length)).toBe(true);
    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, rowsRead: 20_001 });
  });

  it('is read as a stream, checked and written in one go', async () => {
    const bytes = await xlsxBytes([
      ['Name', 'Organisation', 'Category', 'Languages', 'Email', 'Joined'],
      ...memberRows(20_000),
    ]);
    const { jobId, progress } = await startImport(temp.dispatch, 'big.xlsx', bytes);
    expect(progress).toMatchObject({ status: 'ready', rowsRead: 20_001, bytesRead: bytes.length });
    expect(progress.sheet?.previewRows).toHaveLength(10);
    const mapping = progress.sheet!.suggestedMapping;
    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(commit).toEqual({
      ok: true,
      data: { created: 20_000, updated: 0, skipped: 0, rejected: 0, aliasesGiven: 5_000 },
    });
    const aliases = temp.ledger.sqlite
      .prepare("select count(distinct lower(alias)) as n from members where category = 'current_migrant_worker'")
      .get() as { n: number };
    expect(aliases.n).toBe(5_000);
    const count = temp.ledger.sqlite.prepare('select count(*) as n from members').get() as { n: number };
    expect(count.n).toBe(20_000);
    const organisations = temp.ledger.sqlite.prepare('select count(*) as n from organisations').get() as { n: number };
    expect(organisations.n).toBe(50);
    const last = await temp.dispatch('members.list', { search: 'member19999@example.org' });
    expect(last.ok && last.data).toMatchObject({
      total: 1,
      items: [{ displayName: 'Member 19999 Nguyễn', joinedOn: '2025-06-22' }],
    });
  });
});
