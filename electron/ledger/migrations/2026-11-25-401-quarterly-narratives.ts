import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// The coordinator's narrative for a fiscal quarter ("2026-Q3"), written in the app and printed in
// the quarterly report.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quarterly_narratives')
    .addColumn('quarter_key', 'text', (col) => col.primaryKey())
    .addColumn('highlights', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('challenges', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('lessons_learned', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}
