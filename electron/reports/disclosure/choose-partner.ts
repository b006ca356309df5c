import { objectiveOf, type AuditTarget } from './audit-target';
import type { CountCell } from './disclosure-cell';
import type { DisclosureModel } from './disclosure-model';

type Rank = [number, number, number, number, number];

/**
 * Ordinary cells before totals, non-zero counts before zeros (a zero shown as "<10" puzzles the
 * reader more than an "x"), then the nearest, then the smallest count (the least information lost),
 * then table order.
 */
function cost(cell: CountCell, index: number, distance: number): Rank {
  return [cell.isTotal ? 1 : 0, cell.value === 0 ? 1 : 0, distance, cell.value, index];
}

function cheapest(candidates: ReadonlyArray<[index: number, rank: Rank]>): number | null {
  let best: [number, Rank] | null = null;
  for (const candidate of candidates) {
    if (!best || compare(candidate[1], best[1]) < 0) best = candidate;
  }
  return best ? best[0] : null;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Shown cells of the new document reachable from a target through relations and tables, by distance. */
function nearbyCells(model: DisclosureModel, target: AuditTarget, maxDistance = 4): Map<number, number> {
  const distance = new Map<number, number>(target.columns.map((atom) => [atom, 0]));
  let frontier = [...target.columns];
  const rowsSeen = new Set<number>();
  for (let step = 1; step <= maxDistance && frontier.length > 0; step += 1) {
    const next: number[] = [];
    for (const atom of frontier) {
      for (const [row] of model.entriesOfAtom[atom]!) {
        if (rowsSeen.has(row)) continue;
        rowsSeen.add(row);
        for (const other of model.system.rows[row]!.columns) {
          if (distance.has(other)) continue;
          distance.set(other, step);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const cells = new Map<number, number>();
  for (const [atom, steps] of distance) {
    for (const index of model.newCellsOfAtom[atom]!) {
      if (model.states[index] === 'shown' && (cells.get(index) ?? Infinity) > steps) cells.set(index, steps);
    }
  }
  return cells;
}


/**
 * The cell to hide next for a cell the attacker can narrow: the cheapest shown cell of the new
 * document that holds the attacker's tightest bound in place (a non-zero dual at the optimum of the
 * cell's minimum or maximum), so that hiding it breaks the pinning relation. When degeneracy hides
 * the culprit, the cheapest cell nearest to the target through the relations stands in.
 * Cells earlier releases already give away (givenAway) are never chosen: hiding them protects nothing.
 */
export function choosePartner(
  model: DisclosureModel,
  cells: readonly CountCell[],
  target: AuditTarget,
  givenAway: ReadonlySet<number>,
): number | null {
  const eligible = (index: number) => model.states[index] === 'shown' && !givenAway.has(index);
  const holding = new Set<number>();
  for (const sense of ['max', 'min'] as const) {
    const optimum = model.solver.linear(objectiveOf(target), sense, true);
    if (optimum.status !== 'optimal' || !optimum.duals) continue;
    cells.forEach((_cell, index) => {
      if (eligible(index) && model.holdsOptimum(index, optimum.duals!)) holding.add(index);
    });
  }
  const nearby = nearbyCells(model, target);
  const distanceOf = (index: number) => nearby.get(index) ?? Number.MAX_SAFE_INTEGER;
  const fromDuals = cheapest([...holding].map((index) => [index, cost(cells[index]!, index, distanceOf(index))]));
  if (fromDuals !== null) return fromDuals;
  return cheapest(
    [...nearby.keys()].filter(eligible).map((index) => [index, cost(cells[index]!, index, distanceOf(index))]),
  );
}
