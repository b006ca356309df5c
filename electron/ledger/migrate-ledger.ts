import { sql, type Kysely, type Migration } from 'kysely';
import { countForeignKeyProblems, setForeignKeyEnforcement } from './sqlite/migration-pragmas';

const migrationTable = 'kysely_migration';
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
 * Applies pending migrations one at a time, each in its own transaction together with its row in
 * kysely_migration, so a migration that throws leaves the schema at the previous version.
 * (Kysely's Migrator does not use transactions on SQLite: its adapter reports no transactional DDL.)
 */
export async function applyMigrations(
  db: Kysely<unknown>,
  known: Record<string, Migration>,
  plan: MigrationPlan,
  path: string,
): Promise<void> {
  if (plan.pending.length === 0) return;
  await db.schema
    .createTable(migrationTable)
    .ifNotExists()
    .addColumn('name', 'varchar(255)', (col) => col.notNull().primaryKey())
    .addColumn('timestamp', 'varchar(255)', (col) => col.notNull())
    .execute();
  await setForeignKeyEnforcement(db, false);
  try {
    for (const name of plan.pending) {
      const migration = known[name] as Migration;
      try {
        await db.transaction().execute(async (trx) => {
          await migration.up(trx);
          const problems = await countForeignKeyProblems(trx);
          if (problems > 0) throw new Error(`it would leave ${problems} broken links between records`);
          await trx
            .withTables<{ kysely_migration: { name: string; timestamp: string } }>()
            .insertInto(migrationTable)
            .values({ name, timestamp: new Date().toISOString() })
            .execute();
        });
      } catch (error) {
        throw new LedgerOpenError(
          'migration_failed',
          `Updating the ledger failed at step ${name}: ${(error as Error)?.message ?? String(error)}. ` +
            'The ledger was left as it was before that step.',
          path,
        );
      }
    }
  } finally {
    await setForeignKeyEnforcement(db, true);
  }
}
