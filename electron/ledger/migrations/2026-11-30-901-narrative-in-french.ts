import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// A quarter's narrative is kept in each language the report is written in: the French report
// prints the French narrative. The narrative written so far stays the English one (the app's
// reports printed it under English headings); the French one starts empty, and the app warns
// before a French report goes out without it.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['highlights_fr', 'challenges_fr', 'lessons_learned_fr']) {
    await db.schema
      .alterTable('quarterly_narratives')
      .addColumn(column, 'text', (col) => col.notNull().defaultTo(''))
      .execute();
  }
}
