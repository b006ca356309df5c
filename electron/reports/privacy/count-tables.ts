import type { PublishedCount } from './published-count';
import type { GridEntry, SignedGrid } from './signed-grid';
import { suppressGrid } from './suppress-grid';

const cell = (value: number, sign: 1 | -1 = 1): GridEntry => ({ value, sign, isTotal: false });
const total = (value: number, sign: 1 | -1): GridEntry => ({ value, sign, isTotal: true });
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export interface SuppressedList {
  readonly items: PublishedCount[];
  readonly total: PublishedCount;
  readonly withheld: boolean;
}

/**
 * One column of counts and its total (participants by category). Each count is paired with a copy
 * of itself as its row's total, which turns the single relation "the counts add up to the total"
 * into a balanced grid the general search understands.
 */
export function suppressList(values: readonly number[], threshold: number): SuppressedList {
  const grandTotal = sum(values);
  const grid: SignedGrid = [
    // The copy is not a real total: hiding it costs nothing, so it is the first partner chosen.
    ...values.map((value) => [cell(value), cell(value, -1)]),
    [total(grandTotal, -1), total(grandTotal, 1)],
  ];
  const { states, withheld } = suppressGrid(grid, threshold);
  // A row's copy is hidden whenever its count is; the count's own marker is the one published.
  return {
    items: values.map((value, row) => ({ value, state: states[row]![0]! })),
    total: { value: grandTotal, state: states[values.length]![0]! },
    withheld,
  };
}

export interface SuppressedTable {
  readonly cells: PublishedCount[][];
  readonly rowTotals: PublishedCount[];
  readonly columnTotals: PublishedCount[];
  readonly grandTotal: PublishedCount;
  readonly withheld: boolean;
}

/** A two-way table of counts with row, column and grand totals. */
export function suppressTable(cells: readonly (readonly number[])[], threshold: number): SuppressedTable {
  const width = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => sum(row));
  const columnTotals = Array.from({ length: width }, (_, column) => sum(cells.map((row) => row[column] ?? 0)));
  const grandTotal = sum(rowTotals);
  const grid: SignedGrid = [
    ...cells.map((row, r) => [...row.map((value) => cell(value)), total(rowTotals[r]!, -1)]),
    [...columnTotals.map((value) => total(value, -1)), total(grandTotal, 1)],
  ];
  const { states, withheld } = suppressGrid(grid, threshold);
  const at = (r: number, c: number, value: number): PublishedCount => ({ value, state: states[r]![c]! });
  return {
    cells: cells.map((row, r) => row.map((value, c) => at(r, c, value))),
    rowTotals: rowTotals.map((value, r) => at(r, width, value)),
    columnTotals: columnTotals.map((value, c) => at(cells.length, c, value)),
    grandTotal: at(cells.length, width, grandTotal),
    withheld,
  };
}

export interface MembershipFlowRow {
  readonly atStart: number;
  readonly joined: number;
  readonly left: number;
  readonly atEnd: number;
}

export interface SuppressedMembershipFlow {
  readonly rows: Record<keyof MembershipFlowRow, PublishedCount>[];
  readonly totals: Record<keyof MembershipFlowRow, PublishedCount>;
  readonly withheld: boolean;
}

const flowColumns = ['atStart', 'joined', 'left', 'atEnd'] as const;
const flowSigns = { atStart: 1, joined: 1, left: -1, atEnd: -1 } as const;

/**
 * Membership at the start and end of the quarter with joiners and leavers: each row obeys
 * start + joined - left = end, so a reader could recover one hidden figure of a row from the three
 * others. The grid carries that relation as well as the column totals.
 */
export function suppressMembershipFlow(
  rows: readonly MembershipFlowRow[],
  threshold: number,
): SuppressedMembershipFlow {
  for (const row of rows) {
    if (row.atStart + row.joined - row.left !== row.atEnd) {
      throw new Error('Membership flow does not balance: start + joined - left must equal end');
    }
  }
  const totals = Object.fromEntries(
    flowColumns.map((key) => [key, sum(rows.map((row) => row[key]))]),
  ) as unknown as MembershipFlowRow;
  const grid: SignedGrid = [
    ...rows.map((row) => flowColumns.map((key) => cell(row[key], flowSigns[key]))),
    flowColumns.map((key) => total(totals[key], flowSigns[key] === 1 ? -1 : 1)),
  ];
  const { states, withheld } = suppressGrid(grid, threshold);
  const publish = (r: number, source: MembershipFlowRow) =>
    Object.fromEntries(flowColumns.map((key, c) => [key, { value: source[key], state: states[r]![c]! }])) as Record<
      keyof MembershipFlowRow,
      PublishedCount
    >;
  return { rows: rows.map((row, r) => publish(r, row)), totals: publish(rows.length, totals), withheld };
}
