import type { EntryState } from '../privacy/published-count';

/**
 * What a marker tells every reader: "<10" means 0 to 9 ("below 10": counts from 1 to 9 always, and
 * a zero when hiding it protects another count, since a printed zero can pin its neighbours); "x"
 * means at least the threshold (a smaller count would have been "<10").
 */
export interface MarkerRange {
  readonly low: number;
  /** Infinity for "x". */
  readonly high: number;
}

export function markerRange(state: Exclude<EntryState, 'shown'>, threshold: number): MarkerRange {
  return state === 'primary' ? { low: 0, high: threshold - 1 } : { low: threshold, high: Number.POSITIVE_INFINITY };
}

/**
 * The protection rule: a reader may learn that a count is small, never which small count it is.
 * A "<T" cell must keep at least half of its marker's values open to the attacker (T = 10: 5 of the
 * values 0..9); any other hidden cell must not be pinned to one value.
 */
export function valuesToKeepOpen(range: MarkerRange): number {
  if (!Number.isFinite(range.high)) return 2;
  return Math.max(2, Math.ceil((range.high - range.low + 1) / 2));
}

/**
 * The attacker's integer interval for a hidden count against the rule. Only the values the marker
 * allows count: for a count not printed yet, the interval may reach 0 or beyond the marker, values
 * the marker will rule out once it is printed.
 */
export function intervalProtects(low: number, high: number, range: MarkerRange): boolean {
  return Math.min(high, range.high) - Math.max(low, range.low) + 1 >= valuesToKeepOpen(range);
}
