import { cellLabel } from '../document/cell-label';
import type { ReportCell, ReportTable } from '../document/report-table';
import type { ReportFormat } from '../text/report-format';
import type { ChartBar } from './bar-chart';

/** The value a bar may be drawn to: a shown number, never a hidden count. */
function barValue(cell: ReportCell): number | null {
  switch (cell.kind) {
    case 'count':
      return cell.count.state === 'shown' ? cell.count.value : null;
    case 'number':
    case 'hours':
      return cell.value;
    case 'money':
      return cell.cents / 100;
    case 'percent':
      return cell.value;
    default:
      return null;
  }
}

/**
 * One bar per body row of a table, named and labelled exactly as the table prints the row: the chart
 * cannot say anything the table does not (a hidden count stays a marker in both).
 */
export function barsFromTable(
  table: ReportTable,
  column: number,
  options: { format: ReportFormat; threshold: number; emphasised?: (row: number) => boolean },
): ChartBar[] {
  return table.rows.map((row, index) => {
    const name = row[0];
    const cell = row[column]!;
    return {
      category: name?.kind === 'text' ? name.text : '',
      value: barValue(cell),
      label: cellLabel(cell, options.format, options.threshold),
      emphasised: options.emphasised?.(index) ?? false,
    };
  });
}
