import type BetterSqlite3 from 'better-sqlite3';

/**
 * Written into every ledger's header (PRAGMA application_id) so the app can tell its own file from any
 * other SQLite database before writing a byte: "NSEC", for Network SECretariat, in ASCII.
 * Migration 2026-11-30-300 writes the same number and must never change with it.
 */
export const ledgerApplicationId = 0x4e534543;

/**
 * Ledgers made before the id existed are recognised by what the app's first migrations left in them.
 * Frozen: a ledger without the id can only come from these migrations, since every later app version
 * stamps the id on open. FTS5 keeps the member_search* shadow tables itself.
 */
const migrationsBeforeTheId: ReadonlySet<string> = new Set([
  '2026-11-25-001-members',
  '2026-11-25-002-member-search-fts5',
  '2026-11-25-003-settings',
  '2026-11-25-100-registry',
  '2026-11-25-201-meetings',
  '2026-11-25-301-recommendations',
  '2026-11-25-302-votes',
  '2026-11-25-401-quarterly-narratives',
  '2026-11-25-501-audit-actor',
]);
const tablesBeforeTheId: ReadonlySet<string> = new Set([
  'action_items', 'agenda_items', 'app_settings', 'audit_log', 'interpretation_bookings', 'kysely_migration',
  'meeting_attendance', 'meeting_guests', 'meetings', 'member_consents', 'member_languages', 'member_search',
  'member_search_config', 'member_search_content', 'member_search_data', 'member_search_docsize', 'member_search_idx',
  'member_search_grams', 'member_search_grams_config', 'member_search_grams_content', 'member_search_grams_data',
  'member_search_grams_docsize', 'member_search_grams_idx', 'members', 'minutes', 'minutes_amendments',
  'minutes_sections', 'minutes_testimonies', 'organisations', 'quarterly_narratives', 'recommendation_events',
  'recommendation_follow_ups', 'recommendations', 'vote_ballots', 'vote_category_tallies', 'votes',
  'working_group_members', 'working_groups',
]);

export type LedgerIdentity =
  /** This app's ledger; `migrations` are the ones it records as applied. */
  | { kind: 'ledger'; migrations: string[] }
  /** An SQLite file with nothing in it at all (no table, no id): there is nothing to harm. */
  | { kind: 'blank' }
  /** Any other database; `reason` says why, in the coordinator's words. */
  | { kind: 'foreign'; reason: string };

function listed(names: readonly string[]): string {
  return names.length > 6 ? `${names.slice(0, 6).join(', ')}…` : names.join(', ');
}

/** Decides whose database this is, reading only: works on a read-only connection. */
export function identifyDatabase(sqlite: BetterSqlite3.Database): LedgerIdentity {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  const hasMigrationTable = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  const migrations = hasMigrationTable ? (sqlite.prepare('select name from kysely_migration order by name').pluck().all() as string[]) : [];
  if (applicationId === ledgerApplicationId) return { kind: 'ledger', migrations };
  if (applicationId !== 0) {
    return { kind: 'foreign', reason: `it belongs to another application (its application id is 0x${(applicationId >>> 0).toString(16)})` };
  }
  const schemaSize = sqlite.prepare('select count(*) from sqlite_master').pluck().get() as number;
  if (schemaSize === 0) return { kind: 'blank' };
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name").pluck().all() as string[];
  if (!hasMigrationTable) {
    const members = tables.includes('members') ? ', with a members table of its own' : '';
    return { kind: 'foreign', reason: `it is another application's SQLite database${members} (tables: ${listed(tables)})` };
  }
  const strangeMigrations = migrations.filter((name) => !migrationsBeforeTheId.has(name));
  const strangeTables = tables.filter((name) => !tablesBeforeTheId.has(name));
  if (strangeMigrations.length > 0 || strangeTables.length > 0) {
    const what = strangeTables.length > 0 ? `tables this app never makes (${listed(strangeTables)})` : `migrations this app never had (${listed(strangeMigrations)})`;
    return { kind: 'foreign', reason: `it is another application's SQLite database: it has ${what}` };
  }
  return { kind: 'ledger', migrations };
}
