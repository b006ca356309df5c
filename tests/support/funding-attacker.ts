import type { ReleasedCell } from '../../shared/domain/release-register';

/**
 * A reader of the quarterly report's funding section, written apart from the app's audit: it takes
 * the printed counts of migrant-worker organisations (a number, "<T" for 0 to T-1, "x" for T or
 * more), knows only what the table means (an organisation of any stream is one of all streams; one
 * of all streams works in at least one stream), and tries every combination of values the markers
 * allow, by brute force, keeping those that fit. What is left for a hidden cell is all it can learn.
 */
const streams = ['policy', 'community_action', 'capacity_building', 'other'] as const;
const rows = [...streams, 'all'] as const;

export interface FundingAttack {
  readonly row: string;
  readonly marker: string;
  /** Values the cell can still take, among those its marker allows. */
  readonly possible: readonly number[];
}

export function attackFundingCounts(cells: readonly ReleasedCell[], threshold: number, ceiling = 60): FundingAttack[] {
  const printed = new Map(cells.filter((cell) => cell.table === 'funding_organisations' && cell.column === 'migrant_worker_organisations').map((cell) => [cell.row, cell]));
  const domains = rows.map((row) => {
    const cell = printed.get(row);
    if (!cell) throw new Error(`The section does not print ${row}`);
    if (cell.state === 'shown') return [cell.value!];
    const [low, high] = cell.marker === 'x' ? [threshold, ceiling] : [0, threshold - 1];
    return Array.from({ length: high - low + 1 }, (_, index) => low + index);
  });
  const seen = rows.map(() => new Set<number>());
  const values: number[] = [];
  const search = (index: number) => {
    if (index === rows.length) {
      const all = values[4]!;
      const perStream = values.slice(0, 4);
      if (perStream.every((value) => value <= all) && all <= perStream.reduce((a, b) => a + b, 0)) values.forEach((value, row) => seen[row]!.add(value));
      return;
    }
    for (const value of domains[index]!) {
      values[index] = value;
      search(index + 1);
    }
  };
  search(0);
  return rows
    .map((row, index) => ({ row, cell: printed.get(row)!, possible: [...seen[index]!].sort((a, b) => a - b) }))
    .filter(({ cell }) => cell.state !== 'shown')
    .map(({ row, cell, possible }) => ({ row, marker: cell.marker!, possible }));
}

/** A "<T" cell must leave at least half of 0..T-1 open; an "x" must not be pinned to one value. */
export function pinned(attack: FundingAttack, threshold: number): boolean {
  const needed = attack.marker === 'x' ? 2 : Math.max(2, Math.ceil(threshold / 2));
  return attack.possible.length < needed;
}
