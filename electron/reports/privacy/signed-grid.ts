/**
 * A table of counts seen the way someone trying to undo suppression sees it: a grid in which every
 * row and every column sums to zero once each entry is multiplied by its sign. A table with row and
 * column totals becomes such a grid by giving the totals the sign -1 (see count-tables.ts); so does a
 * membership flow (start + joined - left - end = 0). Every linear relation a reader can use between
 * the published numbers is then a row or a column of the grid.
 */
export interface GridEntry {
  /** The true count: never negative. */
  readonly value: number;
  readonly sign: 1 | -1;
  /** Totals are hidden only when no ordinary cell can protect a hidden one. */
  readonly isTotal: boolean;
}

export type SignedGrid = readonly (readonly GridEntry[])[];

/**
 * shown: published as is. primary: a count of 1 to threshold-1, shown as "<10".
 * complementary: a count of at least the threshold, hidden so that a primary one cannot be worked out.
 */
export type EntryState = 'shown' | 'primary' | 'complementary';

export type GridStates = EntryState[][];

export function gridIsBalanced(grid: SignedGrid): boolean {
  const sum = (entries: readonly GridEntry[]) => entries.reduce((total, entry) => total + entry.sign * entry.value, 0);
  const width = grid[0]?.length ?? 0;
  const rowsBalance = grid.every((row) => row.length === width && sum(row) === 0);
  const columnsBalance = Array.from({ length: width }, (_, column) => grid.map((row) => row[column]!)).every(
    (entries) => sum(entries) === 0,
  );
  return rowsBalance && columnsBalance;
}
