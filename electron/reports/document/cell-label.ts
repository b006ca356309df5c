import { countLabel } from '../privacy/published-count';
import type { ReportFormat } from '../text/report-format';
import type { ReportCell } from './report-table';

/** How a cell reads in a document (and in a PDF's text). */
export function cellLabel(cell: ReportCell, format: ReportFormat, threshold: number): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return countLabel(cell.count, threshold, format.integer);
    case 'number':
      return format.integer(cell.value);
    case 'hours':
      return format.decimal(cell.value, 1);
    case 'money':
      return format.money(cell.cents);
    case 'percent':
      return cell.value === null ? '—' : format.percent(cell.value);
    case 'date':
      return format.date(cell.isoDate);
  }
}

export function isNumericCell(cell: ReportCell): boolean {
  return cell.kind !== 'text' && cell.kind !== 'date';
}
