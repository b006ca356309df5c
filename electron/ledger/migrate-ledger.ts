import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { LedgerOpenError } from './ledger-open-error';

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

/** Compares the ledger's applied migrations with the ones this app knows. */
export async function planMigrations(
  db: Kysely<unknown>,
  known: Record<string, Migration>,
  path: string,
): Promise<MigrationPlan> {
  const applied = await appliedMigrationNames(db);
  const unknown = applied.filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw new LedgerOpenError(
      'too_new',
      `This ledger was written by a newer version of the app (it has migration ${unknown.join(', ')}). ` +
        'Install the newer version to open it; nothing was changed.',
      path,
    );
  }
  const pending = Object.keys(known)
    .sort()
    .filter((name) => !applied.includes(name));
  return { applied, pending };
}

/**
 * Applies pending migrations one at a time. Kysely runs each migrateUp() in a transaction with its
 * row in kysely_migration, so a migration that throws leaves the schema at the previous version.
 */
export async function applyMigrations(
  db: Kysely<unknown>,
  known: Record<string, Migration>,
  plan: MigrationPlan,
  path: string,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => known } });
  for (const name of plan.pending) {
    const result = await migrator.migrateUp();
    if (result.error) {
      throw new LedgerOpenError(
        'migration_failed',
        `Updating the ledger failed at step ${name}: ${(result.error as Error).message ?? String(result.error)}. ` +
          'The ledger was left as it was before that step.',
        path,
      );
    }
  }
}
