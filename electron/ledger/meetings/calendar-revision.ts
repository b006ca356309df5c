import type { Executor } from '../database';

/** What a member's calendar and notice show of a meeting. */
export const calendarColumns = ['title', 'held_on', 'starts_at', 'ends_at', 'time_zone', 'place', 'online_link', 'status'] as const;
type CalendarColumn = (typeof calendarColumns)[number];
type Shown = Partial<Record<CalendarColumn, string | null>>;

/**
 * The meeting's calendar revision after a write: one more when anything the calendar shows changed.
 * Notices logged at an older revision are out of date, and the next calendar file gets a higher
 * SEQUENCE. A counter and not a hash of these values: a hash of a title that named a migrant worker
 * would let anyone holding a backup confirm a guess of the name long after withdrawal scrubbed it.
 */
export function calendarRevisionAfter(before: Shown & { calendar_revision: number }, written: Shown): number {
  const changed = calendarColumns.some((column) => column in written && written[column] !== before[column]);
  return before.calendar_revision + (changed ? 1 : 0);
}

export async function readCalendarRevision(db: Executor, meetingId: number): Promise<number> {
  const row = await db.selectFrom('meetings').select('calendar_revision').where('id', '=', meetingId).executeTakeFirstOrThrow();
  return row.calendar_revision;
}
