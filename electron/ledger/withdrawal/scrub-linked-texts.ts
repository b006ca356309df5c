import type { Kysely } from 'kysely';
import type { Executor } from '../database';
import { scrubText } from './scrub-audit-changes';

/**
 * Texts the coordinator typed about meetings, minutes and recommendations: a withdrawn member's
 * name may appear in any of them ("Maria said..."). Every table here has an integer id.
 */
const typedTexts: Readonly<Record<string, readonly string[]>> = {
  meetings: ['title', 'place', 'notes'],
  agenda_items: ['title'],
  interpretation_bookings: ['notes'],
  minutes_sections: ['heading', 'notes', 'decisions'],
  minutes_testimonies: ['summary'],
  action_items: ['description', 'owner_name'],
  minutes_amendments: ['reason', 'text'],
  recommendations: ['title', 'text', 'rationale'],
  recommendation_follow_ups: ['response'],
  recommendation_events: ['from_value', 'to_value', 'note'],
  votes: ['note'],
  notice_templates: ['subject', 'body'],
};

type TextRow = Record<string, string | number | null>;

/**
 * Replaces the member's former name, alias and other erased values with the neutral label inside
 * every typed text, in the withdrawal's transaction. Rows are read whole and matched in JavaScript
 * rather than with LIKE, which ignores case only for ASCII letters ("NÚÑEZ" would slip past).
 * A name the coordinator misspelled or shortened (a first name alone) cannot be recognised.
 * Returns how many rows changed.
 */
export async function scrubLinkedTexts(db: Executor, erasedValues: readonly string[], label: string): Promise<number> {
  if (erasedValues.length === 0) return 0;
  // The tables are listed by name, so the query builder is used untyped here; the names are fixed above.
  const loose = db as unknown as Kysely<Record<string, TextRow>>;
  let changed = 0;
  for (const [table, columns] of Object.entries(typedTexts)) {
    const rows = await loose.selectFrom(table).select(['id', ...columns]).execute();
    for (const row of rows) {
      const updates: TextRow = {};
      for (const column of columns) {
        const value = row[column];
        if (typeof value !== 'string') continue;
        const scrubbed = scrubText(value, erasedValues, label);
        if (scrubbed !== value) updates[column] = scrubbed;
      }
      if (Object.keys(updates).length === 0) continue;
      await loose.updateTable(table).set(updates).where('id', '=', row.id ?? null).execute();
      changed += 1;
    }
  }
  return changed;
}
