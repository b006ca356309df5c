import type { Generated, Insertable, Selectable } from 'kysely';

export interface MeetingsTable {
  id: Generated<number>;
  kind: 'plenary' | 'working_group' | 'workers_forum' | 'government_network';
  working_group_id: number | null;
  title: string;
  held_on: string;
  starts_at: string;
  ends_at: string;
  /** IANA zone of held_on/starts_at/ends_at, which are wall-clock times there. */
  time_zone: Generated<string>;
  place: string | null;
  online_link: string | null;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  /** SQLite has no boolean: 0 or 1. */
  worker_friendly: Generated<number>;
  packet_generated_at: string | null;
  notes: string | null;
  /** Grows when what calendars show of the meeting changes (see calendar-revision.ts). */
  calendar_revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AgendaItemsTable {
  id: Generated<number>;
  meeting_id: number;
  position: number;
  kind: string;
  title: string;
  presenter_member_id: number | null;
  planned_minutes: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingAttendanceTable {
  meeting_id: number;
  member_id: number;
  presence: Generated<'unmarked' | 'in_person' | 'remote' | 'regrets' | 'absent'>;
  interpretation_language: string | null;
  interpretation_overridden: Generated<number>;
  /** 1 when the member is not among the meeting's expected members but was added to the roll call. */
  added: Generated<number>;
  updated_at: string;
}

export interface MeetingGuestsTable {
  meeting_id: number;
  category: string;
  count: number;
}

export type MeetingRow = Selectable<MeetingsTable>;
export type NewMeetingRow = Insertable<MeetingsTable>;
export type AgendaItemRow = Selectable<AgendaItemsTable>;
export type AttendanceRow = Selectable<MeetingAttendanceTable>;
