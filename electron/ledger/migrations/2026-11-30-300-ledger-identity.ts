import { sql, type Kysely } from 'kysely';
import { onEngine } from './on-engine';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
// Ledgers made before this step get the app's identity in their header; new ledgers have it already
// (openLedger writes it before anything else). 0x4e534543 is "NSEC" in ASCII: ledgerApplicationId.
// SQLite only: a PostgreSQL ledger is a database the administrator made for it, known by its tables.
export async function up(db: Kysely<unknown>): Promise<void> {
  await onEngine(db, {
    sqlite: async () => {
      await sql`pragma application_id = 1314080067`.execute(db);
    },
  });
}
