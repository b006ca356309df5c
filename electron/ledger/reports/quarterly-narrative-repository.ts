import type { QuarterlyNarrative } from '../../../shared/domain/report';
import type { Executor } from '../database';

const empty: QuarterlyNarrative = { highlights: '', challenges: '', lessonsLearned: '' };

export async function readQuarterlyNarrative(db: Executor, quarterKey: string): Promise<QuarterlyNarrative> {
  const row = await db
    .selectFrom('quarterly_narratives')
    .selectAll()
    .where('quarter_key', '=', quarterKey)
    .executeTakeFirst();
  return row ? { highlights: row.highlights, challenges: row.challenges, lessonsLearned: row.lessons_learned } : empty;
}

export async function writeQuarterlyNarrative(
  db: Executor,
  quarterKey: string,
  narrative: QuarterlyNarrative,
  at: string,
): Promise<void> {
  const values = {
    highlights: narrative.highlights,
    challenges: narrative.challenges,
    lessons_learned: narrative.lessonsLearned,
    updated_at: at,
  };
  await db
    .insertInto('quarterly_narratives')
    .values({ quarter_key: quarterKey, ...values })
    .onConflict((conflict) => conflict.column('quarter_key').doUpdateSet(values))
    .execute();
}
