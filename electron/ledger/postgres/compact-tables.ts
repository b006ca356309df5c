import { sql } from 'kysely';
import type { LedgerDb } from '../database';
import { tableNames } from './migration-support';

/**
 * PostgreSQL keeps an erased row's old version in the table file until it is vacuumed; VACUUM FULL
 * rewrites each table without them. Only the tables' owner may do it: for anyone else PostgreSQL skips
 * the table with a warning, and the old versions go at the next autovacuum. The server's write-ahead
 * log and its administrator's backups are beyond the app's reach (the withdrawal says so).
 */
export async function vacuumLedgerTables(db: LedgerDb): Promise<void> {
  const tables = await tableNames(db);
  if (tables.length === 0) return;
  await sql`vacuum full ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
}
