import type { Meeting, MeetingDraft, MeetingKind, MeetingStatus } from '../../../shared/domain/meeting';
import type { Executor } from '../database';
import { calendarColumns, calendarRevisionAfter } from './calendar-revision';
import { meetingFromRow, rowFromMeetingDraft } from './meeting-mapping';

export async function findMeeting(db: Executor, id: number): Promise<Meeting | undefined> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? meetingFromRow(row) : undefined;
}

export async function insertMeeting(db: Executor, draft: MeetingDraft, at: string): Promise<number> {
  const { id } = await db
    .insertInto('meetings')
    .values({ ...rowFromMeetingDraft(draft), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

function readShown(db: Executor, id: number) {
  return db.selectFrom('meetings').select([...calendarColumns, 'calendar_revision']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function updateMeetingRow(db: Executor, id: number, draft: MeetingDraft, at: string): Promise<void> {
  const row = rowFromMeetingDraft(draft);
  const revision = calendarRevisionAfter(await readShown(db, id), row);
  await db
    .updateTable('meetings')
    .set({ ...row, calendar_revision: revision, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function markPacketGenerated(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('meetings').set({ packet_generated_at: at, updated_at: at }).where('id', '=', id).execute();
}

export interface MeetingFilter {
  from: string | null;
  to: string | null;
  kind: MeetingKind | null;
  status: MeetingStatus | null;
  workingGroupId: number | null;
}

export async function setMeetingStatus(db: Executor, id: number, status: MeetingStatus, at: string): Promise<void> {
  const revision = calendarRevisionAfter(await readShown(db, id), { status });
  await db.updateTable('meetings').set({ status, calendar_revision: revision, updated_at: at }).where('id', '=', id).execute();
}

/** Newest first: the coordinator mostly looks at the next and the last few meetings. */
export async function listMeetings(db: Executor, filter: MeetingFilter): Promise<Meeting[]> {
  let query = db.selectFrom('meetings').selectAll();
  if (filter.from) query = query.where('held_on', '>=', filter.from);
  if (filter.to) query = query.where('held_on', '<=', filter.to);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.workingGroupId !== null) query = query.where('working_group_id', '=', filter.workingGroupId);
  const rows = await query.orderBy('held_on', 'desc').orderBy('starts_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(meetingFromRow);
}

/** The first planned meeting on or after a date (the Dashboard's "next meeting"). */
export async function findNextMeeting(db: Executor, onOrAfter: string): Promise<Meeting | undefined> {
  const row = await db
    .selectFrom('meetings')
    .selectAll()
    .where('status', '=', 'planned')
    .where('held_on', '>=', onOrAfter)
    .orderBy('held_on')
    .orderBy('starts_at')
    .orderBy('id')
    .executeTakeFirst();
  return row ? meetingFromRow(row) : undefined;
}
