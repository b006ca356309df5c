import type { EntryState } from '../privacy/published-count';
import { markerRange, type MarkerRange } from './protection-rule';
import type { Terms } from './terms';

/** What one published cell tells the attacker: its expression lies in [low, high]. */
export interface CellStatement {
  readonly low: number;
  readonly high: number;
}

export function statementOf(state: EntryState, value: number, threshold: number): CellStatement {
  if (state === 'shown') return { low: value, high: value };
  const range = markerRange(state, threshold);
  return { low: range.low, high: range.high };
}

export function rangeStatement(range: MarkerRange): CellStatement {
  return { low: range.low, high: range.high };
}

/** A cell that is one atom as it is: its statement becomes that column's bounds rather than a row. */
export function singleAtom(terms: Terms): string | null {
  return terms.length === 1 && terms[0]![1] === 1 ? terms[0]![0] : null;
}

/** Identical expressions with identical markers are one target, whichever documents printed them. */
export function targetKey(terms: Terms, range: MarkerRange): string {
  const expression = [...terms]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([atom, coefficient]) => `${coefficient}*${atom}`)
    .join('+');
  return `${expression}∈[${range.low},${range.high}]`;
}
