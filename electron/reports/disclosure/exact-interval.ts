import { ceilOf, floorOf, objectiveOf, type AuditTarget } from './audit-target';
import type { BoundSolver, Optimum, Sense, SolvedPoint } from './bound-solver';
import { intervalProtects } from './protection-rule';

/**
 * Integrality. The attacker reasons over whole numbers, and the linear relaxation's interval can
 * be wider than the integer one (the relations between a quarter's report and its meetings' minutes
 * do not form a network matrix, so its vertices need not be integral). We therefore never trust a
 * fractional bound to protect a cell:
 * - an integral linear optimum is an integer point reaching the relaxation's bound, which no integer
 *   point can pass, so it is the exact integer optimum (and a new witness);
 * - a fractional optimum is only an outer bound: if even it fails the rule, the integer interval
 *   (inside it) fails too; otherwise the same problem is solved again as an integer program.
 * So every verdict is exact over the integers, and branch and bound runs only where needed.
 */
export function exactlyProtected(
  solver: BoundSolver,
  target: AuditTarget,
  seen: { readonly low: number; readonly high: number },
  onWitness: (point: SolvedPoint) => void = () => undefined,
): boolean {
  let low = seen.low;
  let high = seen.high;
  if (intervalProtects(low, high, target.range)) return true;
  // The side with more room first: it is the one most likely to settle the cell alone.
  const upFirst = target.range.high - high >= low - target.range.low;
  const sides: Sense[] = upFirst ? ['max', 'min'] : ['min', 'max'];
  const outer = { min: low, max: high };
  const fractional: Sense[] = [];
  for (const sense of sides) {
    const optimum = solver.linear(objectiveOf(target), sense);
    const bound = boundFrom(optimum, sense, onWitness);
    if (bound.exact) {
      if (sense === 'max') high = Math.max(high, bound.value);
      else low = Math.min(low, bound.value);
    } else {
      fractional.push(sense);
    }
    outer[sense] = bound.value;
    if (intervalProtects(low, high, target.range)) return true;
  }
  if (!intervalProtects(outer.min, outer.max, target.range)) return false;
  for (const sense of fractional) {
    const bound = boundFrom(solver.integer(objectiveOf(target), sense), sense, onWitness);
    if (!bound.exact) return false;
    if (sense === 'max') high = bound.value;
    else low = bound.value;
  }
  return intervalProtects(low, high, target.range);
}

function boundFrom(
  optimum: Optimum,
  sense: Sense,
  onWitness: (point: SolvedPoint) => void,
): { value: number; exact: boolean } {
  switch (optimum.status) {
    case 'unbounded':
      // A rational polyhedron holding an integer point (the truth) and unbounded in a direction
      // holds integer points as far as one likes in that direction (Meyer, 1974).
      return { value: sense === 'max' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, exact: true };
    case 'optimal':
      if (optimum.integral) {
        onWitness(optimum.point);
        return { value: Math.round(optimum.value), exact: true };
      }
      return { value: sense === 'max' ? floorOf(optimum.value) : ceilOf(optimum.value), exact: false };
    case 'infeasible':
      throw new Error('The disclosure model has no solution although the true figures satisfy it');
    case 'unknown':
      // Assume the attacker found the tightest bound there is.
      return { value: Number.NaN, exact: false };
  }
}
