import { sql } from 'kysely';
import type { LedgerDb } from '../database';

// SQLite keeps deleted bytes around (FTS5 segments, free pages, freeblocks inside pages, old WAL
// frames) until it reuses them. Erasure promises the bytes are gone, so these force it.

/**
 * Rewrites the ledger file without free space and empties the write-ahead log.
 * Runs through Kysely so it waits for any transaction in progress on the connection.
 */
export async function compactLedgerFile(db: LedgerDb): Promise<void> {
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  await sql`vacuum`.execute(db);
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
