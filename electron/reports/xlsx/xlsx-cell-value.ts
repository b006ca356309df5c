import type ExcelJS from 'exceljs';
import type { ReportCell, ReportTable } from '../document/report-table';
import { countLabel } from '../privacy/published-count';
import { safeSpreadsheetText } from '../safe-text';
import type { XlsxFormats } from './xlsx-formats';

/** A cell's stored value and number format: numbers stay numbers, hidden counts become their marker text. */
export function xlsxCellValue(
  cell: ReportCell,
  formats: XlsxFormats,
  threshold: number,
): { value: ExcelJS.CellValue; numFmt?: string } {
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
export function summable(table: ReportTable, column: number): boolean {
  return table.rows.every((row) => {
    const cell = row[column];
    if (!cell) return false;
    if (cell.kind === 'count') return cell.count.state === 'shown';
    return cell.kind === 'number' || cell.kind === 'hours' || cell.kind === 'money';
  });
}
