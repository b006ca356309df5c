import { sql } from 'kysely';
import type { Executor } from '../database';
import { foldedEquals } from '../sqlite/fold-function';

/** Finds an organisation by name, ignoring case and accents, or creates it; imports and forms both type names. */
export async function findOrCreateOrganisation(db: Executor, name: string, at: string): Promise<number> {
  const existing = await db
    .selectFrom('organisations')
    .select('id')
    .where(foldedEquals(sql.ref('name'), name))
    .executeTakeFirst();
  if (existing) return existing.id;
  const inserted = await db
    .insertInto('organisations')
    .values({ name, category: null, city: null, website: null, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}
