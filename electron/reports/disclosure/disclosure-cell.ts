import type { EntryState } from '../privacy/published-count';
import type { MarkerRange } from './protection-rule';
import type { Terms } from './terms';

/** Where a cell sits: the same identity in two documents means the same published figure. */
export interface CellIdentity {
  /** Codes, never labels: the English and French copies publish the same cells. */
  readonly table: string;
  readonly row: string;
  readonly column: string;
  /** Fiscal quarter key ("2026-Q3"), when the cell describes a quarter. */
  readonly period: string | null;
  readonly meetingId: number | null;
}

export function cellKey(cell: CellIdentity): string {
  return `${cell.table}|${cell.row}|${cell.column}|${cell.period ?? ''}|${cell.meetingId ?? ''}`;
}

/** A count of people a new document is about to publish, with its true value. */
export interface CountCell extends CellIdentity {
  readonly terms: Terms;
  readonly value: number;
  /** A sum of other cells of the same table: hidden only when no ordinary cell can protect. */
  readonly isTotal: boolean;
}

/** A count of people an earlier release published, as the release register holds it. */
export interface ReleasedCountCell extends CellIdentity {
  readonly terms: Terms;
  readonly state: EntryState;
  /** The number printed, when shown. */
  readonly value: number | null;
  /** What the marker said, when hidden. */
  readonly range: MarkerRange | null;
}
