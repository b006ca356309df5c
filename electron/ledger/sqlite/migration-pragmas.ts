import { sql, type Kysely } from 'kysely';

/**
 * SQLite's procedure for schema changes: foreign keys off (table rebuilds would otherwise cascade
 * deletes), each change in a transaction, and a foreign_key_check before it commits.
 * The pragma cannot change inside a transaction, so it is switched around the whole run.
 */
export async function setForeignKeyEnforcement(db: Kysely<unknown>, enabled: boolean): Promise<void> {
  await sql.raw(`pragma foreign_keys = ${enabled ? 'on' : 'off'}`).execute(db);
}

export async function countForeignKeyProblems(db: Kysely<unknown>): Promise<number> {
  const result = await sql`pragma foreign_key_check`.execute(db);
  return result.rows.length;
}
