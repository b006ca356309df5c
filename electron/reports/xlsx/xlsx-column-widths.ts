import { cellLabel } from '../document/cell-label';
import type { ReportCell } from '../document/report-table';
import { longestWordEm, textWidthEm } from '../document/text-measure';
import type { ReportFormat } from '../text/report-format';

/** Excel's column width unit is the width of a "0" in the default 11-point font, about 0.55 em. */
const emPerCharacter = 0.55;

/**
 * A column's width from its content: the longest value, and the header's longest word (headers wrap
 * between words, never inside one), within reason.
 */
export function xlsxColumnWidth(
  header: string,
  cells: readonly ReportCell[],
  format: ReportFormat,
  threshold: number,
): number {
  const widest = Math.max(
    longestWordEm(header, true),
    ...cells.map((cell) => textWidthEm(cellLabel(cell, format, threshold))),
  );
  return Math.min(60, Math.max(8, Math.ceil(widest / emPerCharacter) + 2));
}
