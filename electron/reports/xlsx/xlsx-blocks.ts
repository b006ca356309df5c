import ExcelJS from 'exceljs';
import { safeSpreadsheetText } from '../safe-text';
import { countLabel } from '../privacy/published-count';
import type { ReportCell, ReportTable } from '../document/report-table';
import type { ReportLanguage } from '../text/report-format';
import { safeSheetName } from './sheet-name';

type CellValue = ExcelJS.CellValue;

export interface XlsxFormats {
  readonly money: string;
  readonly hours: string;
  readonly integer: string;
  readonly percent: string;
  readonly date: string;
}

export function xlsxFormats(language: ReportLanguage): XlsxFormats {
  return {
    money: language === 'fr' ? '#,##0.00 "$"' : '"$"#,##0.00',
    hours: '#,##0.0',
    integer: '#,##0',
    percent: '0%',
    date: 'yyyy-mm-dd',
  };
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell's stored value and number format: numbers stay numbers, hidden counts become their marker text. */
function valueOf(cell: ReportCell, formats: XlsxFormats, threshold: number): { value: CellValue; numFmt?: string } {
  switch (cell.kind) {
    case 'text':
      return { value: safeSpreadsheetText(cell.text) };
    case 'count':
      return cell.count.state === 'shown'
        ? { value: cell.count.value, numFmt: formats.integer }
        : { value: countLabel(cell.count, threshold, String) };
    case 'number':
      return { value: cell.value, numFmt: formats.integer };
    case 'hours':
      return { value: cell.value, numFmt: formats.hours };
    case 'money':
      return { value: cell.cents / 100, numFmt: formats.money };
    case 'percent':
      return cell.value === null ? { value: '—' } : { value: cell.value, numFmt: formats.percent };
    case 'date':
      return { value: new Date(`${cell.isoDate}T00:00:00Z`), numFmt: formats.date };
  }
}

/** True when every body cell of a column is a visible number, so a SUM formula gives the true total. */
function summable(table: ReportTable, column: number): boolean {
  return table.rows.every((row) => {
    const cell = row[column];
    if (!cell) return false;
    if (cell.kind === 'count') return cell.count.state === 'shown';
    return cell.kind === 'number' || cell.kind === 'hours' || cell.kind === 'money';
  });
}

export class WorkbookBuilder {
  readonly workbook = new ExcelJS.Workbook();
  private readonly sheetNames = new Set<string>();

  constructor(
    private readonly formats: XlsxFormats,
    private readonly threshold: number,
    creator = 'Network Secretariat',
  ) {
    this.workbook.creator = creator;
    this.workbook.created = new Date(0);
  }

  private addSheet(name: string): ExcelJS.Worksheet {
    const safeName = safeSheetName(name, this.sheetNames);
    this.sheetNames.add(safeName);
    return this.workbook.addWorksheet(safeName, { views: [{ state: 'frozen', ySplit: 1 }] });
  }

  /** Label and value pairs on the first sheet; each value typed like the table cells. */
  addSummary(name: string, headers: [string, string], rows: ReadonlyArray<{ label: string; cell: ReportCell }>): void {
    const sheet = this.addSheet(name);
    sheet.columns = [{ width: 48 }, { width: 22 }];
    sheet.addRow(headers.map(safeSpreadsheetText)).font = { bold: true };
    for (const row of rows) {
      const added = sheet.addRow([safeSpreadsheetText(row.label)]);
      this.writeCell(added.getCell(2), row.cell);
    }
  }

  /** One table on its own sheet: header row frozen and filtered, totals as formulas where they can be. */
  addTable(table: ReportTable): void {
    const sheet = this.addSheet(table.sheetName);
    sheet.columns = table.columns.map((column, index) => ({
      width: Math.min(60, Math.max(column.width ?? 12, column.header.length + 2, index === 0 ? 24 : 10)),
    }));
    const header = sheet.addRow(table.columns.map((column) => safeSpreadsheetText(column.header)));
    header.font = { bold: true };
    for (const cells of table.rows) {
      const row = sheet.addRow([]);
      cells.forEach((cell, index) => this.writeCell(row.getCell(index + 1), cell));
    }
    const lastBodyRow = table.rows.length + 1;
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, lastBodyRow), column: table.columns.length },
    };
    if (table.totals) {
      const row = sheet.addRow([]);
      row.font = { bold: true };
      table.totals.forEach((cell, index) => {
        const target = row.getCell(index + 1);
        this.writeCell(target, cell);
        if (table.rows.length > 0 && summable(table, index) && cell.kind !== 'text' && cell.kind !== 'percent') {
          const letter = columnLetter(index);
          target.value = { formula: `SUM(${letter}2:${letter}${lastBodyRow})`, result: target.value as number };
        }
      });
    }
    if (table.note) sheet.addRow([safeSpreadsheetText(table.note)]).font = { italic: true };
  }

  private writeCell(target: ExcelJS.Cell, cell: ReportCell): void {
    const { value, numFmt } = valueOf(cell, this.formats, this.threshold);
    target.value = value;
    if (numFmt) target.numFmt = numFmt;
    if (typeof value === 'string' && cell.kind !== 'text') target.alignment = { horizontal: 'right' };
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}
