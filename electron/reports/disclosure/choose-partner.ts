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
  const nearby = model.nearbyCells(target);
  const distanceOf = (index: number) => nearby.get(index) ?? Number.MAX_SAFE_INTEGER;
  const fromDuals = cheapest([...holding].map((index) => [index, cost(cells[index]!, index, distanceOf(index))]));
  if (fromDuals !== null) return fromDuals;
  return cheapest(
    [...nearby.keys()].filter(eligible).map((index) => [index, cost(cells[index]!, index, distanceOf(index))]),
  );
}
