import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// Several coordinators may edit the same ledger (on a PostgreSQL server): each record edited through a
// form carries a version, raised by every change, so a save made from a stale copy is refused instead
// of silently replacing someone else's change.
const editedTables = ['members', 'organisations', 'working_groups', 'meetings', 'recommendations'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of editedTables) {
    await db.schema
      .alterTable(table)
      .addColumn('row_version', 'integer', (col) => col.notNull().defaultTo(1))
      .execute();
  }
}
