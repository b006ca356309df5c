import type { QuarterlyNarrative, ReportLanguage } from '../../../shared/domain/report';
import type { Executor } from '../database';

const empty: QuarterlyNarrative = { highlights: '', challenges: '', lessonsLearned: '' };

/** Each language's columns: the English narrative has the original names, the French one "_fr". */
const columns = {
  en: { highlights: 'highlights', challenges: 'challenges', lessonsLearned: 'lessons_learned' },
  fr: { highlights: 'highlights_fr', challenges: 'challenges_fr', lessonsLearned: 'lessons_learned_fr' },
} as const;

export async function readQuarterlyNarrative(
  db: Executor,
  quarterKey: string,
  language: ReportLanguage,
): Promise<QuarterlyNarrative> {
  const row = await db
    .selectFrom('quarterly_narratives')
    .selectAll()
    .where('quarter_key', '=', quarterKey)
    .executeTakeFirst();
  if (!row) return empty;
  const names = columns[language];
  return { highlights: row[names.highlights], challenges: row[names.challenges], lessonsLearned: row[names.lessonsLearned] };
}

export async function writeQuarterlyNarrative(
  db: Executor,
  quarterKey: string,
  language: ReportLanguage,
  narrative: QuarterlyNarrative,
  at: string,
): Promise<void> {
  const names = columns[language];
  const values = {
    [names.highlights]: narrative.highlights,
    [names.challenges]: narrative.challenges,
    [names.lessonsLearned]: narrative.lessonsLearned,
    updated_at: at,
  };
  await db
    .insertInto('quarterly_narratives')
    .values({ quarter_key: quarterKey, highlights: '', challenges: '', lessons_learned: '', ...values })
    .onConflict((conflict) => conflict.column('quarter_key').doUpdateSet(values))
    .execute();
}

/** Whether nothing of the narrative is written in that language: the French report warns before it goes out so. */
export function isNarrativeEmpty(narrative: QuarterlyNarrative): boolean {
  return !narrative.highlights.trim() && !narrative.challenges.trim() && !narrative.lessonsLearned.trim();
}
