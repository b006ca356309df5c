import ExcelJS from 'exceljs';
import { safeSpreadsheetText } from '../../reports/safe-text';
import type { InvalidRow } from '../group-problems';
import { describeProblem, type ReportLanguage } from './describe-problem';

export interface RejectedRows {
  fileName: string;
  headers: readonly string[];
  rows: readonly InvalidRow[];
}

const wording = {
  en: {
    sheet: 'Rows to fix',
    reason: 'Reason not imported',
    warning: (fileName: string) =>
      `Personal data: rows of "${fileName}" that were not imported. Fix them here and import this file; then delete it.`,
  },
  fr: {
    sheet: 'Lignes à corriger',
    reason: 'Motif du refus',
    warning: (fileName: string) =>
      `Renseignements personnels : lignes de « ${fileName} » qui n’ont pas été importées. Corrigez-les ici et importez ce fichier, puis supprimez-le.`,
  },
} as const;

/**
 * The rejected rows as .xlsx bytes: the sheet's own columns, as they were, then a reason column, so
 * the coordinator fixes the cells and imports the file again (the reason column is left out then:
 * no member field answers to its header). Every text passes the spreadsheet safe-text rules.
 */
export async function buildRejectsWorkbook(
  rejects: RejectedRows,
  language: ReportLanguage,
  generatedAt: Date,
): Promise<Buffer> {
  const text = wording[language];
  const workbook = new ExcelJS.Workbook();
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet(text.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([safeSpreadsheetText(text.warning(rejects.fileName))]).font = {
    bold: true,
    color: { argb: 'FFA4262C' },
  };
  sheet.addRow([...rejects.headers.map(safeSpreadsheetText), text.reason]).font = { bold: true };
  for (const { row, problems } of rejects.rows) {
    const cells = rejects.headers.map((_, index) => {
      const cell = row.cells[index] ?? null;
      return typeof cell === 'string' ? safeSpreadsheetText(cell) : cell;
    });
    const reason = problems.map((problem) => describeProblem(problem, language)).join('; ');
    sheet.addRow([...cells, safeSpreadsheetText(reason)]);
  }
  rejects.headers.forEach((_, index) => (sheet.getColumn(index + 1).width = 22));
  sheet.getColumn(rejects.headers.length + 1).width = 60;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
