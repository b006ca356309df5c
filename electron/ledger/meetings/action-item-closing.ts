import type { ActionItemStatus } from '../../../shared/domain/minutes';
import { todayIsoDate } from '../../../shared/domain/dates';

/**
 * The day an action item counts as closed: the day it is marked done, kept while it stays done
 * (editing its wording later does not move it), cleared when it is reopened. `at` is the change's
 * timestamp; the day is local, like every date the coordinator reads.
 */
export function closedOnAfter(
  before: { status: string; closed_on: string | null } | null,
  status: ActionItemStatus,
  at: string,
): string | null {
  if (status !== 'done') return null;
  if (before?.status === 'done' && before.closed_on !== null) return before.closed_on;
  return todayIsoDate(new Date(at));
}
