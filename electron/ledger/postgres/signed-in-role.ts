import { sql } from 'kysely';
import type { LedgerDb } from '../database';

/** The PostgreSQL role this app signed in as: the name the audit log records for its changes. */
export async function signedInRole(db: LedgerDb): Promise<string> {
  const { rows } = await sql<{ role: string }>`select current_user as role`.execute(db);
  return rows[0]?.role ?? '';
}
