import { randomUUID } from 'node:crypto';
import type { Executor } from '../database';

export interface CalendarEntry {
  uid: string;
  sequence: number;
  /** What changed: a first file, a file for a changed meeting, or the same meeting again. */
  change: 'created' | 'updated' | 'unchanged';
}

/**
 * The UID and SEQUENCE for the meeting's next calendar file. The UID is random (it says nothing about
 * the Network or the meeting) and kept forever; SEQUENCE grows only when the meeting's calendar
 * content changed since the last file, as RFC 5545 asks, so re-downloading does not bump it.
 */
export async function issueCalendarEntry(db: Executor, meetingId: number, revision: number, at: string): Promise<CalendarEntry> {
  const existing = await db
    .selectFrom('meeting_calendar_entries')
    .select(['uid', 'sequence', 'meeting_revision'])
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  if (!existing) {
    const uid = `${randomUUID()}@network-secretariat`;
    await db.insertInto('meeting_calendar_entries').values({ meeting_id: meetingId, uid, sequence: 0, meeting_revision: revision, issued_at: at }).execute();
    return { uid, sequence: 0, change: 'created' };
  }
  if (existing.meeting_revision === revision) return { uid: existing.uid, sequence: existing.sequence, change: 'unchanged' };
  const sequence = existing.sequence + 1;
  await db
    .updateTable('meeting_calendar_entries')
    .set({ sequence, meeting_revision: revision, issued_at: at })
    .where('meeting_id', '=', meetingId)
    .execute();
  return { uid: existing.uid, sequence, change: 'updated' };
}
