import type { Generated, Selectable } from 'kysely';

export interface WorkingGroupsTable {
  id: Generated<number>;
  name: string;
  mandate: string | null;
  status: 'active' | 'closed';
  created_at: string;
  updated_at: string;
  /** Raised by every change; an edit from an older version is refused (row-versions/row-version.ts). */
  row_version: Generated<number>;
  /** A province or territory code (shared/domain/provinces.ts); 'BC' for records made before provinces. */
  province: Generated<string>;
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

export type WorkingGroupRow = Selectable<WorkingGroupsTable>;
export type WorkingGroupMemberRow = Selectable<WorkingGroupMembersTable>;
