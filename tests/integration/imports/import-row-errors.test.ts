import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { startImport, xlsxBytes } from '../../support/import-files';
import type { ImportCheck } from '../../../shared/contract/imports';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(() => temp.close());

const memberCount = (temp: TempLedger) =>
  (temp.ledger.sqlite.prepare('select count(*) as n from members').get() as { n: number }).n;

describe('an import with row errors', () => {
  it('lists every problem by row, column and reason, and writes nothing', async () => {
    const bytes = await xlsxBytes([
      ['Name', 'Category', 'Email', 'Joined', 'Languages', 'Left'],
      ['Ana Cruz', 'Employer', 'ana@example.org', '2024-05-01', 'Tagalog', null],
      ['Bad Email', 'Employer', 'bob@', '2024-05-01', 'es', null],
      ['Bad Category', 'Astronaut', null, '2024-05-01', 'es', null],
      ['Bad Date', 'union', null, '03/04/2024', 'es', null],
      ['Bad Language', 'union', null, '2024-05-01', 'Spanish, Klingon', null],
      [null, 'union', null, '2024-05-01', null, null],
      ['Left Early', 'union', null, '2024-05-01', null, '2023-01-01'],
    ]);
    const { jobId, progress } = await startImport(temp.dispatch, 'errors.xlsx', bytes);
    const mapping = progress.sheet!.suggestedMapping;
    const check = await temp.dispatch('imports.check', { jobId, mapping });
    expect(check.ok).toBe(true);
    const result = check.ok ? (check.data as ImportCheck) : undefined;
    expect(result?.errorCount).toBe(6);
    expect(result?.errors.map(({ rowNumber, column }) => [rowNumber, column])).toEqual([
      [3, 'Email'],
      [4, 'Category'],
      [5, 'Joined'],
      [6, 'Languages'],
      [7, 'Name'],
      [8, 'Left'],
    ]);
    expect(result?.errors[0]?.message).toMatch(/"bob@" must be an email address/);
    expect(result?.errors[1]?.message).toMatch(/"Astronaut" is not a category/);
    expect(result?.errors[2]?.message).toMatch(/cannot read the date "03\/04\/2024"/);
    expect(result?.errors[3]?.message).toMatch(/does not know the language "Klingon"/);
    expect(result?.errors[4]?.message).toMatch(/required/);
    expect(result?.errors[5]?.message).toMatch(/must not be before the joined date/);

    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(commit.ok).toBe(false);
    if (!commit.ok) {
      expect(commit.error.code).toBe('invalid_input');
      expect(commit.error.message).toMatch(/Nothing was imported/);
      expect(commit.error.issues?.[0]).toEqual({
        path: 'rows.3',
        message: expect.stringContaining('Row 3, Email: "bob@"'),
      });
    }
    expect(memberCount(temp)).toBe(0);
    expect((temp.ledger.sqlite.prepare('select count(*) as n from organisations').get() as { n: number }).n).toBe(0);
  });
});
