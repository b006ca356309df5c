import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// Who made each change: the computer account the app ran under. Older entries stay null (unknown).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('actor', 'text').execute();
}
