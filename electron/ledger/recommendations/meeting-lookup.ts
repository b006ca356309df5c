import type { Executor } from '../database';

export interface MeetingForRecommendation {
  id: number;
  kind: string;
  title: string;
  heldOn: string;
  status: string;
}

/** Titles for the trail, so the page can say "tabled at the Winter plenary" rather than a number. */
export async function meetingTitles(db: Executor, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('meetings').select(['id', 'title', 'held_on']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, `${row.title} (${row.held_on})`]));
}

export async function findMeetingForRecommendation(
  db: Executor,
  id: number,
): Promise<MeetingForRecommendation | undefined> {
  const row = await db
    .selectFrom('meetings')
    .select(['id', 'kind', 'title', 'held_on', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, kind: row.kind, title: row.title, heldOn: row.held_on, status: row.status } : undefined;
}
