import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  category: string | null;
  city: string | null;
  website: string | null;
  /** grassroots, small, medium or large (shared/domain/organisation-size.ts); null until known. */
  size: ColumnType<string | null, string | null | undefined, string | null>;
  /** The member record standing for the organisation itself, once it joins the Network. */
  member_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface MembersTable {
  id: Generated<number>;
  kind: 'individual' | 'organisation';
  display_name: string;
  alias: string | null;
  category: string;
  organisation_id: number | null;
  preferred_language: string | null;
  email: string | null;
  phone: string | null;
  /** SQLite has no boolean: 0 or 1. */
  may_contact: number;
  may_be_named: number;
  joined_on: string;
  left_on: string | null;
  notes: string | null;
  /** Set once, by withdrawal; the personal fields are erased at the same time. */
  withdrawn_at: string | null;
  withdrawal_number: number | null;
  created_at: string;
  updated_at: string;
}

export interface MemberLanguagesTable {
  member_id: number;
  language_code: string;
  position: number;
}

export type MemberRow = Selectable<MembersTable>;
export type NewMemberRow = Insertable<MembersTable>;
export type MemberRowUpdate = Updateable<MembersTable>;
