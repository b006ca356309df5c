import type { memberSortKeys } from '../../../../shared/contract/members';

export type SortKey = (typeof memberSortKeys)[number];
export type SortDirection = 'asc' | 'desc';
export interface MemberSort {
  by: SortKey;
  direction: SortDirection;
}

/** Clicking the sorted column again reverses it; another column starts ascending. */
export function nextSort(previous: MemberSort, by: SortKey): MemberSort {
  return { by, direction: previous.by === by && previous.direction === 'asc' ? 'desc' : 'asc' };
}
