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

/** Points per line of the 11-point body font: Excel's default row height. */
const pointsPerLine = 15;

/**
 * The height of a header row whose headers wrap between words: LibreOffice and Excel keep a
 * written row's height, so a header wrapped to two lines in a row one line high shows only its
 * first ("Imputé à" without its year). Measured like the widths, on the safe side (bold, the
 * column's padding left out), so a header is never cut.
 */
export function headerRowHeight(headers: readonly string[], widths: readonly number[]): number {
  const space = textWidthEm(' ', true);
  const lines = headers.map((header, index) => {
    const room = Math.max(1, ((widths[index] ?? 8) - 2) * emPerCharacter);
    let count = 1;
    let used = 0;
    for (const word of header.split(/\s+/).filter(Boolean)) {
      const width = textWidthEm(word, true);
      if (used > 0 && used + space + width > room) {
        count += 1;
        used = width;
      } else used += (used > 0 ? space : 0) + width;
    }
    return count;
  });
  return pointsPerLine * Math.max(1, ...lines);
}
