import type { CellIdentity, CountCell } from '../disclosure/disclosure-cell';
import { markerRange, type MarkerRange } from '../disclosure/protection-rule';
import type { Terms } from '../disclosure/terms';
import { markerLabel, type EntryState } from '../privacy/published-count';

/** One figure of a shared document as the release register records it. */
export interface PublishedFigure extends CellIdentity {
  readonly state: EntryState;
  /** The number printed, when shown. */
  readonly value: number | null;
  readonly marker: string | null;
  readonly range: MarkerRange | null;
  /** For counts of people only: what the figure sums, so later documents are audited against it. */
  readonly terms: Terms | null;
}

export function countFigure(cell: CountCell, state: EntryState, threshold: number): PublishedFigure {
  const { table, row, column, period, meetingId, terms } = cell;
  if (state === 'shown') return { table, row, column, period, meetingId, state, value: cell.value, marker: null, range: null, terms };
  return { table, row, column, period, meetingId, state, value: null, marker: markerLabel(state, threshold), range: markerRange(state, threshold), terms };
}

/** A figure that counts no people (meetings, sessions, dollars): printed as is, not audited. */
export function numberFigure(identity: CellIdentity, value: number): PublishedFigure {
  return { ...identity, state: 'shown', value, marker: null, range: null, terms: null };
}
