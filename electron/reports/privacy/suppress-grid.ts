import { recoverableEntries } from './recoverability';
import type { GridStates, SignedGrid } from './signed-grid';

export interface GridSuppression {
  readonly states: GridStates;
  /** True when no choice of extra cells could protect the small counts and every non-zero count is hidden. */
  readonly withheld: boolean;
}

/**
 * Primary suppression hides every count from 1 to threshold-1. Zero is published: it describes
 * nobody, and hiding it would tell the reader nothing they could misuse (this follows the BC
 * Ministry of Education practice of masking 1-9). Complementary suppression then hides, for each
 * hidden count a reader could still work out, the smallest ordinary count sharing its row or column
 * (the second-lowest-value rule of the Immigration and Refugee Board), falling back to a total, and
 * repeats until nothing hidden can be recovered. Totals are never altered, only hidden.
 */
export function suppressGrid(grid: SignedGrid, threshold: number): GridSuppression {
  const states: GridStates = grid.map((row) =>
    row.map((entry) => (entry.value > 0 && entry.value < threshold ? 'primary' : 'shown')),
  );
  for (;;) {
    const recoverable = recoverableEntries(grid, states, threshold);
    if (recoverable.length === 0) return { states, withheld: false };
    // The cheapest partner of any exposed entry: fixing one often fixes others sharing its lines.
    const partner =
      cheapest(
        grid,
        recoverable.map(([row, column]) => bestPartner(grid, states, row, column)),
      ) ?? bestPartner(grid, states, null, null);
    if (!partner) return withholdEverything(grid, states, threshold);
    states[partner[0]]![partner[1]] = 'complementary';
  }
}

function rank(grid: SignedGrid, [row, column]: [number, number]): number {
  const entry = grid[row]![column]!;
  return (entry.isTotal ? 1e15 : 0) + entry.value;
}

function cheapest(grid: SignedGrid, candidates: Array<[number, number] | null>): [number, number] | null {
  let best: [number, number] | null = null;
  for (const candidate of candidates) {
    if (candidate && (!best || rank(grid, candidate) < rank(grid, best))) best = candidate;
  }
  return best;
}

/** The published non-zero entry whose hiding costs the least: ordinary cells first, then the smallest. */
function bestPartner(
  grid: SignedGrid,
  states: GridStates,
  row: number | null,
  column: number | null,
): [number, number] | null {
  const candidates: Array<[number, number]> = [];
  grid.forEach((entries, r) =>
    entries.forEach((entry, c) => {
      const inLine = row === null || r === row || c === column;
      if (inLine && states[r]![c] === 'shown' && entry.value > 0) candidates.push([r, c]);
    }),
  );
  return cheapest(grid, candidates);
}

function withholdEverything(grid: SignedGrid, states: GridStates, threshold: number): GridSuppression {
  grid.forEach((entries, r) =>
    entries.forEach((entry, c) => {
      if (entry.value > 0) states[r]![c] = entry.value < threshold ? 'primary' : 'complementary';
    }),
  );
  return { states, withheld: true };
}
