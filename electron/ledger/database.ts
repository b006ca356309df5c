import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable } from './audit/audit-table';
import type { AppSettingsTable } from './settings/settings-repository';
import type { MemberLanguagesTable, MembersTable, OrganisationsTable } from './members/members-table';

/** Every table the app's queries may touch, composed from each area's table file. */
export interface Database {
  organisations: OrganisationsTable;
  members: MembersTable;
  member_languages: MemberLanguagesTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  /** FTS5 virtual table whose rowid is the member id; see sqlite/member-search-index.ts. */
  member_search: { rowid: number; folded_text: string };
  member_search_grams: { rowid: number; grams: string };
}

export type LedgerDb = Kysely<Database>;
/** What repository functions take, so services decide where transactions begin. */
export type Executor = Kysely<Database> | Transaction<Database>;
