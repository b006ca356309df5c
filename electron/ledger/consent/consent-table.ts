import type { Generated, Selectable } from 'kysely';

export interface MemberConsentsTable {
  id: Generated<number>;
  member_id: number;
  /** SQLite has no boolean: 0 or 1. */
  may_contact: number;
  may_be_named: number;
  testimony_may_be_recorded: number;
  may_appear_in_photos: number;
  given_on: string;
  method: string;
  note: string | null;
  recorded_at: string;
}

export type MemberConsentRow = Selectable<MemberConsentsTable>;
