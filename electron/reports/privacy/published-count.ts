import type { EntryState } from './signed-grid';

/** A count of people as a funder's report shows it: the true value travels with whether it may be shown. */
export interface PublishedCount {
  readonly value: number;
  readonly state: EntryState;
}

export function isHidden(count: PublishedCount): boolean {
  return count.state !== 'shown';
}

/** "<10" for a small count, "x" for one hidden to protect a small one, otherwise the number. */
export function countLabel(count: PublishedCount, threshold: number, formatNumber: (value: number) => string): string {
  if (count.state === 'primary') return `<${threshold}`;
  if (count.state === 'complementary') return 'x';
  return formatNumber(count.value);
}

/** A share derived from a hidden count (or out of a hidden total) would give the count away. */
export function shareOf(part: PublishedCount, whole: PublishedCount): number | null {
  if (isHidden(part) || isHidden(whole) || whole.value === 0) return null;
  return part.value / whole.value;
}

export function shownCount(value: number): PublishedCount {
  return { value, state: 'shown' };
}
