/** A cell as read from a sheet: CSV gives text; .xlsx also gives numbers (dates arrive already as YYYY-MM-DD). */
export type ImportCell = string | number | null;

/** A non-empty row of the sheet, numbered as a spreadsheet app shows it (1 = first line). */
export interface SheetRow {
  rowNumber: number;
  cells: ImportCell[];
}

export function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

export function isEmptyRow(cells: readonly ImportCell[]): boolean {
  return cells.every((cell) => cellText(cell) === '');
}

/** "A", "B", ... "Z", "AA": how the coordinator sees a column without a header. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
