import { z } from 'zod';
import { languageCodeSchema } from '../../../shared/domain/languages';
import type { NoticeLogEntry, NoticePurpose } from '../../../shared/domain/notices';
import type { Executor } from '../database';
import type { NoticeLogRow } from './notices-table';

const languagesSchema = z.array(z.object({ language: languageCodeSchema, recipients: z.number().int() }));

function entryFromRow(row: NoticeLogRow): NoticeLogEntry & { meetingRevision: number } {
  const parsed = languagesSchema.safeParse(JSON.parse(row.languages));
  return {
    id: row.id,
    preparedAt: row.prepared_at,
    purpose: row.purpose,
    languages: parsed.success ? parsed.data : [],
    recipients: row.recipients,
    notReached: row.not_contacted,
    meetingRevision: row.meeting_revision,
  };
}

export interface NewNoticeLogEntry {
  meetingId: number;
  purpose: NoticePurpose;
  meetingRevision: number;
  languages: NoticeLogEntry['languages'];
  recipients: number;
  notReached: number;
}

export async function appendNoticeLog(db: Executor, entry: NewNoticeLogEntry, at: string): Promise<number> {
  const { id } = await db
    .insertInto('notice_log')
    .values({
      meeting_id: entry.meetingId,
      prepared_at: at,
      purpose: entry.purpose,
      meeting_revision: entry.meetingRevision,
      languages: JSON.stringify(entry.languages),
      recipients: entry.recipients,
      not_contacted: entry.notReached,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Newest first. */
export async function listNoticeLog(db: Executor, meetingId: number): Promise<(NoticeLogEntry & { meetingRevision: number })[]> {
  const rows = await db
    .selectFrom('notice_log')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('prepared_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(entryFromRow);
}
