import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { callOk } from '../../support/call-operation';
import { startImport, xlsxBytes } from '../../support/import-files';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(() => temp.close());

const count = (table: string) =>
  (temp.ledger.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

const sheetWithProblems = () =>
  xlsxBytes([
    ['Name', 'Category', 'Email', 'Joined', 'Languages', 'Left'],
    ['Ana Cruz', 'Employer', 'ana@example.org', '2024-05-01', 'Tagalog', null], // 2: fine
    ['Bad Email', 'Employer', 'bob@', '2024-05-01', 'es', null], // 3
    ['Bad Category', 'Astronaut', null, '2024-05-01', 'es', null], // 4
    ['Bad Date', 'union', null, '03/04/2024', 'es', null], // 5
    ['Bad Language', 'union', null, '2024-05-01', 'Spanish, Klingon', null], // 6
    [null, 'union', null, '2024-05-01', null, null], // 7
    ['Left Early', 'union', null, '2024-05-01', null, '2023-01-01'], // 8
    ['Worse Email', 'Employer', 'not an address', '2024-05-01', null, null], // 9
    ['Astronaut Two', 'astronaut', null, '2024-05-01', null, null], // 10
    ['=HYPERLINK("http://evil.example")', 'Astronaut', 'x@', '2024-05-01', null, null], // 11
    ['Rosa Díaz', 'MW', null, '2024-05-01', 'es', null], // 12: fine, a worker without alias
    ['Third Email', 'Employer', 'c@', '2024-05-01', null, null], // 13
  ]);

async function staged() {
  const { jobId, progress } = await startImport(temp.dispatch, 'problems.xlsx', await sheetWithProblems());
  return { jobId, mapping: progress.sheet!.suggestedMapping };
}

describe('an import with row errors', () => {
  it('lists each problem once with the rows it affects, never once per row', async () => {
    const { jobId, mapping } = await staged();
    const check = await callOk(temp.dispatch, 'imports.check', { jobId, mapping });
    expect(check.invalidRowCount).toBe(10);
    const lines = check.problems.map(({ code, column, value, rowNumbers, rowCount }) => ({
      code,
      column,
      value,
      rowNumbers,
      rowCount,
    }));
    expect(lines).toEqual([
      { code: 'invalidEmail', column: 'Email', value: null, rowNumbers: [3, 9, 11, 13], rowCount: 4 },
      { code: 'unknownCategory', column: 'Category', value: 'Astronaut', rowNumbers: [4, 10, 11], rowCount: 3 },
      { code: 'invalidDate', column: 'Joined', value: null, rowNumbers: [5], rowCount: 1 },
      { code: 'unknownLanguage', column: 'Languages', value: 'Klingon', rowNumbers: [6], rowCount: 1 },
      { code: 'required', column: 'Name', value: null, rowNumbers: [7], rowCount: 1 },
      { code: 'leftBeforeJoined', column: 'Left', value: null, rowNumbers: [8], rowCount: 1 },
    ]);
    expect(check.problems[0]?.examples).toEqual(['bob@', 'not an address', 'x@']);
    expect(check.problems[2]?.examples).toEqual(['03/04/2024']);
    expect(check.problemCount).toBe(6);
  });

  it('writes nothing when the coordinator has not chosen to import the valid rows only', async () => {
    const { jobId, mapping } = await staged();
    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(commit.ok).toBe(false);
    if (!commit.ok) {
      expect(commit.error.code).toBe('invalid_input');
      expect(commit.error.message).toMatch(/Nothing was imported.*valid rows only/);
    }
    expect(count('members')).toBe(0);
    expect(count('organisations')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('imports the valid rows only when asked, and hands back the others with their reasons', async () => {
    const { jobId, mapping } = await staged();
    const result = await callOk(temp.dispatch, 'imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
      validRowsOnly: true,
    });
    expect(result).toEqual({ created: 2, updated: 0, skipped: 0, rejected: 10, aliasesGiven: 1 });
    const names = temp.ledger.sqlite.prepare('select display_name, alias from members order by id').all();
    expect(names).toEqual([
      { display_name: 'Ana Cruz', alias: null },
      { display_name: 'Rosa Díaz', alias: expect.stringMatching(/^[A-Z][a-z]+$/) },
    ]);
    expect((await temp.dispatch('imports.progress', { jobId })).ok && 'still staged').toBe('still staged');
    const again = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(!again.ok && again.error.code).toBe('illegal_transition');

    const refused = await temp.dispatch('imports.rejects', { jobId, language: 'fr' });
    expect(refused.ok).toBe(false);
    const file = await callOk(temp.dispatch, 'imports.rejects', {
      jobId,
      language: 'fr',
      personalDataWarningAccepted: true,
    });
    expect(file.rowCount).toBe(10);
    expect(file.fileName).toMatch(/^problems-a-corriger-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toMatch(/^Renseignements personnels/);
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['Name', 'Category', 'Email', 'Joined', 'Languages', 'Left', 'Motif du refus']);
    const rows = Array.from({ length: 10 }, (_, index) => (sheet.getRow(index + 3).values as unknown[]).slice(1));
    expect(rows.map((row) => row[0] ?? null)).toEqual([
      'Bad Email',
      'Bad Category',
      'Bad Date',
      'Bad Language',
      null,
      'Left Early',
      'Worse Email',
      'Astronaut Two',
      `'=HYPERLINK("http://evil.example")`,
      'Third Email',
    ]);
    expect(rows[0]?.[6]).toBe('Courriel : ce n’est pas une adresse courriel comme nom@exemple.org');
    expect(rows[1]?.[6]).toBe('La catégorie « Astronaut » n’est associée à aucune catégorie de partie prenante');
    expect(rows[8]?.[6]).toMatch(/Astronaut.*; Courriel/);
    expect(rows[3]?.[6]).toMatch(/« Klingon »/);
    // No cell of the workbook is a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    const exports = temp.ledger.sqlite
      .prepare("select count(*) as n from audit_log where entity_type = 'import_rejects_export'")
      .get() as { n: number };
    expect(exports.n).toBe(1);
  });

  it('writes nothing at all when the valid-rows-only import fails half way', async () => {
    const { jobId, mapping } = await staged();
    // A failure on the second insert, after the first member and its organisation are written.
    temp.ledger.sqlite.exec(`create trigger fail_half_way before insert on member_languages
      when new.language_code = 'es' begin select raise(abort, 'disk trouble'); end`);
    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      valueChoices: { category: [{ key: 'astronaut', code: 'employer' }], language: [] },
      duplicateAction: 'skip',
      duplicateOverrides: [],
      validRowsOnly: true,
    });
    expect(commit.ok).toBe(false);
    for (const table of ['members', 'member_languages', 'organisations', 'audit_log', 'import_value_mappings']) {
      expect(count(table), table).toBe(0);
    }
    expect(temp.ledger.sqlite.prepare('select count(*) from member_search').pluck().get()).toBe(0);
  });
});
