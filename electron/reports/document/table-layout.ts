import { cellLabel, isNumericCell } from './cell-label';
import type { ReportTable } from './report-table';
import { longestWordEm, textWidthEm } from './text-measure';
import type { ReportFormat } from '../text/report-format';

export interface TableLayout {
  /** Each column's share of the table's width (they add up to 1). */
  readonly columnWidths: readonly number[];
  /** Landscape when the columns cannot fit a portrait page without breaking a word, even in smaller type. */
  readonly orientation: 'portrait' | 'landscape';
  /** The table's type size against the body's: 0.9 when that is what fits it on a portrait page. */
  readonly textScale: 1 | 0.9;
}

/** The text width of a US Letter page with 2 cm margins, in em of the 11-point body font. */
export const pageTextWidthEm = { portrait: 45.3, landscape: 61.3 } as const;
/** Cell margins, left and right, and the border between cells. */
const cellPaddingEm = 0.8;

/**
 * Column widths from their content: every column at least as wide as its longest word (headers
 * included, so "Government" never breaks into "Governme/nt"; numbers never wrap), then the room left
 * shared by how much more each column's text wants. A table whose columns cannot fit a portrait page
 * even so is set in smaller type, or failing that laid out on a landscape page.
 */
export function tableLayout(table: ReportTable, format: ReportFormat, threshold: number): TableLayout {
  const rows = table.totals ? [...table.rows, table.totals] : table.rows;
  const columns = table.columns.map((column, index) => {
    let least = longestWordEm(column.header, true);
    let natural = textWidthEm(column.header, true);
    for (const row of rows) {
      const cell = row[index];
      if (!cell) continue;
      const label = cellLabel(cell, format, threshold);
      const whole = textWidthEm(label, row === table.totals);
      // A number, a date or a marker is one unbreakable piece.
      least = Math.max(least, isNumericCell(cell) || cell.kind === 'date' ? whole : longestWordEm(label));
      natural = Math.max(natural, whole);
    }
    return { least: least + cellPaddingEm, natural: natural + cellPaddingEm };
  });
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const least = sum(columns.map((column) => column.least));
  // Smaller type before a landscape page: a table a little too wide stays in the flow of the text.
  const textScale = least > pageTextWidthEm.portrait && least * 0.9 <= pageTextWidthEm.portrait ? 0.9 : 1;
  const orientation = least * textScale <= pageTextWidthEm.portrait ? 'portrait' : 'landscape';
  const room = pageTextWidthEm[orientation] / textScale;
  const natural = sum(columns.map((column) => column.natural));
  let widths: number[];
  if (natural <= room) widths = columns.map((column) => column.natural * (room / natural));
  else if (least >= room) widths = columns.map((column) => column.least);
  else {
    const wanting = natural - least;
    widths = columns.map((column) => column.least + ((column.natural - column.least) / wanting) * (room - least));
  }
  const total = sum(widths);
  return { columnWidths: widths.map((width) => width / total), orientation, textScale };
}
