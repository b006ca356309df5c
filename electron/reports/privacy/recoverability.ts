import type { EntryState, GridStates, SignedGrid } from './signed-grid';

/**
 * What a reader knows about a hidden entry from its marker alone: "<10" means 1..threshold-1
 * (zeros are published, so a hidden count is never 0); "x" means at least the threshold (a smaller
 * one would have been "<10").
 */
function bounds(state: EntryState, threshold: number): [number, number] {
  return state === 'primary' ? [1, threshold - 1] : [threshold, Number.POSITIVE_INFINITY];
}

function canShift(
  grid: SignedGrid,
  states: GridStates,
  threshold: number,
  row: number,
  column: number,
  entryDirection: 1 | -1,
): boolean {
  const entry = grid[row]![column]!;
  const state = states[row]![column]!;
  if (state === 'shown') return false;
  const [low, high] = bounds(state, threshold);
  const valueDirection = entryDirection * entry.sign;
  return valueDirection > 0 ? entry.value < high : entry.value > low;
}

/**
 * True when some other table consistent with everything published gives this hidden entry a
 * different value. Such a table differs from the true one along an alternating cycle of hidden
 * entries (the grid's relations are those of a network, so every change decomposes into cycles
 * that each keep the rows and columns balanced). We search for a cycle through the entry, moving
 * it up or down, in which every other entry can move the way the cycle needs without leaving what
 * its marker promises.
 */
export function hiddenEntryCanVary(
  grid: SignedGrid,
  states: GridStates,
  threshold: number,
  row: number,
  column: number,
): boolean {
  return ([1, -1] as const).some(
    (direction) =>
      canShift(grid, states, threshold, row, column, direction) &&
      cycleCloses(grid, states, threshold, row, column, direction),
  );
}

function cycleCloses(
  grid: SignedGrid,
  states: GridStates,
  threshold: number,
  startRow: number,
  startColumn: number,
  direction: 1 | -1,
): boolean {
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  // A state is a line (row or column) and the direction the next entry taken from it must move.
  type Step = { line: 'row' | 'column'; index: number; direction: 1 | -1 };
  const key = (step: Step) => `${step.line}:${step.index}:${step.direction}`;
  const seen = new Set<string>();
  const queue: Step[] = [{ line: 'column', index: startColumn, direction: direction === 1 ? -1 : 1 }];
  seen.add(key(queue[0]!));
  while (queue.length > 0) {
    const step = queue.shift()!;
    const length = step.line === 'column' ? height : width;
    for (let position = 0; position < length; position += 1) {
      const row = step.line === 'column' ? position : step.index;
      const column = step.line === 'column' ? step.index : position;
      if (row === startRow && column === startColumn) continue;
      if (!canShift(grid, states, threshold, row, column, step.direction)) continue;
      const next: Step =
        step.line === 'column'
          ? { line: 'row', index: row, direction: step.direction === 1 ? -1 : 1 }
          : { line: 'column', index: column, direction: step.direction === 1 ? -1 : 1 };
      if (next.line === 'row' && next.index === startRow && next.direction === direction) return true;
      if (!seen.has(key(next))) {
        seen.add(key(next));
        queue.push(next);
      }
    }
  }
  return false;
}

/** Every hidden entry a reader could pin down exactly; empty when the suppression protects all. */
export function recoverableEntries(grid: SignedGrid, states: GridStates, threshold: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  grid.forEach((entries, row) =>
    entries.forEach((_entry, column) => {
      if (states[row]![column] !== 'shown' && !hiddenEntryCanVary(grid, states, threshold, row, column)) {
        found.push([row, column]);
      }
    }),
  );
  return found;
}
