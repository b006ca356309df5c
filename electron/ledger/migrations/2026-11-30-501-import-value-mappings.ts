import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// What the coordinator confirmed a sheet's own wording means ("MW" is a current migrant worker,
// "Filipino" is Tagalog), so the next import proposes it at once. Keyed by the folded wording.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_value_mappings')
    .addColumn('field', 'text', (col) => col.notNull().check(sql`field in ('category', 'language')`))
    .addColumn('folded_value', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('import_value_mappings_pk', ['field', 'folded_value'])
    .execute();
}
