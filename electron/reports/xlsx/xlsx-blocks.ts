import ExcelJS from 'exceljs';
import type { ChartImage } from '../charts/chart-image';
import type { ReportCell, ReportTable } from '../document/report-table';
import { tableLayout } from '../document/table-layout';
import { safeSpreadsheetText } from '../safe-text';
import type { ReportFormat } from '../text/report-format';
import { applyPrintSetup, type SheetFooter } from './print-setup';
import { safeSheetName } from './sheet-name';
import { xlsxCellValue, summable } from './xlsx-cell-value';
import { headerRowHeight, xlsxColumnWidth } from './xlsx-column-widths';
import { xlsxFormats, type XlsxFormats } from './xlsx-formats';

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const headerStyle: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: { wrapText: true, vertical: 'top' },
};

/** A workbook of report sheets, each typed, sized to its content and set up to print. */
export class WorkbookBuilder {
  readonly workbook = new ExcelJS.Workbook();
  private readonly sheetNames = new Set<string>();
  private readonly formats: XlsxFormats;

  constructor(
    private readonly options: { format: ReportFormat; threshold: number; footer: SheetFooter },
    creator = 'Network Secretariat',
  ) {
    this.formats = xlsxFormats(options.format.language);
    this.workbook.creator = creator;
    this.workbook.created = new Date(0);
  }

  private addSheet(name: string): ExcelJS.Worksheet {
    const safeName = safeSheetName(name, this.sheetNames);
    this.sheetNames.add(safeName);
    return this.workbook.addWorksheet(safeName, { views: [{ state: 'frozen', ySplit: 1 }] });
  }

  private width(header: string, cells: readonly ReportCell[]): number {
    return xlsxColumnWidth(header, cells, this.options.format, this.options.threshold);
  }

  /**
   * Label and value pairs on the first sheet, each value typed like the table cells; then the
   * figures as pictures, each under its caption.
   */
  addSummary(
    name: string,
    headers: [string, string],
    rows: ReadonlyArray<{ label: string; cell: ReportCell }>,
    figures: ReadonlyArray<{ caption: string; chart: ChartImage }> = [],
  ): void {
    const sheet = this.addSheet(name);
    sheet.columns = [
      {
        width: this.width(
          headers[0],
          rows.map((row) => ({ kind: 'text', text: row.label })),
        ),
      },
      {
        width: this.width(
          headers[1],
          rows.map((row) => row.cell),
        ),
      },
    ];
    this.addHeaderRow(sheet, headers);
    for (const row of rows) {
      const added = sheet.addRow([safeSpreadsheetText(row.label)]);
      this.writeCell(added.getCell(2), row.cell);
    }
    for (const figure of figures) {
      sheet.addRow([]);
      sheet.addRow([safeSpreadsheetText(figure.caption)]).font = { italic: true };
      const image = this.workbook.addImage({ buffer: figure.chart.png as unknown as ExcelJS.Buffer, extension: 'png' });
      const top = sheet.rowCount;
      sheet.addImage(image, {
        tl: { col: 0, row: top },
        ext: { width: figure.chart.width, height: figure.chart.height },
        editAs: 'oneCell',
      });
      // Rows under the picture, so what follows (another caption) starts below it: 20 pixels a row.
      for (let row = 0; row < Math.ceil(figure.chart.height / 20); row += 1) sheet.addRow([]);
    }
    applyPrintSetup(sheet, this.options.footer, { landscape: false, headerRows: 1 });
  }

  /** One table on its own sheet: header row frozen, filtered and repeated on paper, totals as formulas where they can be. */
  addTable(table: ReportTable): void {
    const sheet = this.addSheet(table.sheetName);
    const bodyAndTotals = table.totals ? [...table.rows, table.totals] : table.rows;
    sheet.columns = table.columns.map((column, index) => ({
      width: this.width(column.header, bodyAndTotals.map((row) => row[index]!).filter(Boolean)),
    }));
    this.addHeaderRow(
      sheet,
      table.columns.map((column) => column.header),
    );
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
    if (table.note) {
      const note = sheet.addRow([safeSpreadsheetText(table.note)]);
      note.font = { italic: true };
    }
    const landscape = tableLayout(table, this.options.format, this.options.threshold).orientation === 'landscape';
    applyPrintSetup(sheet, this.options.footer, { landscape, headerRows: 1 });
  }

  /** Bold headers, wrapped between words, in a row tall enough for the most lines one wraps to. */
  private addHeaderRow(sheet: ExcelJS.Worksheet, headers: readonly string[]): void {
    const header = sheet.addRow(headers.map(safeSpreadsheetText));
    header.eachCell((cell) => (cell.style = headerStyle));
    header.height = headerRowHeight(
      headers,
      sheet.columns.map((column) => column.width ?? 8),
    );
  }

  private writeCell(target: ExcelJS.Cell, cell: ReportCell): void {
    const { value, numFmt } = xlsxCellValue(cell, this.formats, this.options.threshold);
    target.value = value;
    if (numFmt) target.numFmt = numFmt;
    if (typeof value === 'string' && cell.kind !== 'text') target.alignment = { horizontal: 'right' };
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}
