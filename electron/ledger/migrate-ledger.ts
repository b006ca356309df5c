import { sql, type Kysely, type Migration } from 'kysely';
import { LedgerOpenError } from './ledger-open-error';
import { countForeignKeyProblems, setForeignKeyEnforcement } from './sqlite/migration-pragmas';

export interface MigrationPlan {
  applied: string[];
  pending: string[];
}

async function appliedMigrationNames(db: Kysely<unknown>): Promise<string[]> {
  const table = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((row) => row.name);
}

/** A ledger with migrations this app does not know was written by a newer version: it is left alone. */
export function refuseNewerLedger(applied: readonly string[], known: Record<string, Migration>, path: string): void {
  const unknown = applied.filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw new LedgerOpenError(
      'too_new',
      `This ledger was written by a newer version of the app (it has migration ${unknown.join(', ')}). ` +
        'Install the newer version to open it; nothing was changed.',
      path,
    );
  }
}

/** Compares the ledger's applied migrations with the ones this app knows. */
export async function planMigrations(
  db: Kysely<unknown>,
  known: Record<string, Migration>,
  path: string,
): Promise<MigrationPlan> {
  const applied = await appliedMigrationNames(db);
  refuseNewerLedger(applied, known, path);
  const pending = Object.keys(known)
    .sort()
    .filter((name) => !applied.includes(name));
  return { applied, pending };
}

/**
 * Applies pending migrations one at a time, each in its own transaction together with its row in
 * kysely_migration (Kysely's own table, so its tooling still reads the ledger). Kysely's Migrator
 * does not wrap SQLite migrations in transactions, so a failing one could leave half a schema.
 * Foreign keys are off meanwhile (SQLite's procedure for schema changes: rebuilding a parent table
 * would otherwise cascade-delete its children) and checked before each step commits.
 */
export async function applyMigrations(
  db: Kysely<unknown>,
  known: Record<string, Migration>,
  plan: MigrationPlan,
  path: string,
): Promise<void> {
  if (plan.pending.length === 0) return;
  await sql`create table if not exists kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(db);
  await setForeignKeyEnforcement(db, false);
  try {
    for (const name of plan.pending) {
      const migration = known[name] as Migration;
      try {
        await db.transaction().execute(async (trx) => {
          await migration.up(trx);
          const brokenLinks = await countForeignKeyProblems(trx);
          if (brokenLinks > 0) throw new Error(`it would leave ${brokenLinks} broken links between records`);
          await sql`insert into kysely_migration (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(trx);
        });
      } catch (error) {
        throw new LedgerOpenError(
          'migration_failed',
          `Updating the ledger failed at step ${name}: ${(error as Error).message ?? String(error)}. ` +
            'The ledger was left as it was before that step.',
          path,
        );
      }
    }
  } finally {
    await setForeignKeyEnforcement(db, true);
  }
}
