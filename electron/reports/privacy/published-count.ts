/**
 * shown: published as is. primary: a count of 1 to threshold-1, shown as "<10".
 * complementary: a count of at least the threshold, hidden so that a small one cannot be worked out.
 */
export type EntryState = 'shown' | 'primary' | 'complementary';

/** A count of people as a funder's report shows it: the true value travels with whether it may be shown. */
export interface PublishedCount {
  readonly value: number;
  readonly state: EntryState;
}

export function isHidden(count: PublishedCount): boolean {
  return count.state !== 'shown';
}

/** The marker a hidden count is printed as. */
export function markerLabel(state: Exclude<EntryState, 'shown'>, threshold: number): string {
  return state === 'primary' ? `<${threshold}` : 'x';
}

/** "<10" for a small count, "x" for one hidden to protect a small one, otherwise the number. */
export function countLabel(count: PublishedCount, threshold: number, formatNumber: (value: number) => string): string {
  return count.state === 'shown' ? formatNumber(count.value) : markerLabel(count.state, threshold);
}

/** A share derived from a hidden count (or out of a hidden total) would give the count away. */
export function shareOf(part: PublishedCount, whole: PublishedCount): number | null {
  if (isHidden(part) || isHidden(whole) || whole.value === 0) return null;
  return part.value / whole.value;
}

export function shownCount(value: number): PublishedCount {
  return { value, state: 'shown' };
}
