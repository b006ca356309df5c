import type { Generated, Selectable } from 'kysely';

export interface NoticeTemplatesTable {
  id: Generated<number>;
  meeting_kind: 'plenary' | 'working_group' | 'workers_forum' | 'government_network';
  purpose: 'invitation' | 'cancellation';
  language_code: string;
  subject: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** One per meeting once a calendar file was made: every later file reuses the UID. */
export interface MeetingCalendarEntriesTable {
  meeting_id: number;
  uid: string;
  sequence: Generated<number>;
  /** The meeting's calendar revision the last file showed: SEQUENCE grows when it has changed since. */
  meeting_revision: number;
  issued_at: string;
}

export interface NoticeLogTable {
  id: Generated<number>;
  meeting_id: number;
  prepared_at: string;
  purpose: 'invitation' | 'cancellation';
  /** The meeting's calendar revision the notices showed. */
  meeting_revision: number;
  /** JSON array of { language, recipients }. */
  languages: string;
  recipients: number;
  not_contacted: number;
}

export type NoticeTemplateRow = Selectable<NoticeTemplatesTable>;
export type NoticeLogRow = Selectable<NoticeLogTable>;
