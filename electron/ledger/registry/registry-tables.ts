import type { Generated, Selectable } from 'kysely';

export interface WorkingGroupsTable {
  id: Generated<number>;
  name: string;
  mandate: string | null;
  status: 'active' | 'closed';
  created_at: string;
  updated_at: string;
}

export interface WorkingGroupMembersTable {
  id: Generated<number>;
  working_group_id: number;
  member_id: number;
  role: 'chair' | 'co_chair' | 'member';
  start_on: string;
  end_on: string | null;
  created_at: string;
  updated_at: string;
}

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

export type WorkingGroupRow = Selectable<WorkingGroupsTable>;
export type WorkingGroupMemberRow = Selectable<WorkingGroupMembersTable>;
export type MemberConsentRow = Selectable<MemberConsentsTable>;
