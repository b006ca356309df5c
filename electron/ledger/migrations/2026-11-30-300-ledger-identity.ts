import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
// Ledgers made before this step get the app's identity in their header; new ledgers have it already
// (openLedger writes it before anything else). 0x4e534543 is "NSEC" in ASCII: ledgerApplicationId.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`pragma application_id = 1314080067`.execute(db);
}
