import type { RecommendationVersion } from '../../../shared/domain/recommendation';
import type { Executor } from '../database';
import type { RecommendationVersionsTable } from './recommendations-table';

type VersionSource = RecommendationVersionsTable['source'];

/**
 * Every wording a recommendation has had, kept forever: drafted, revised by its group, amended by a
 * vote, or restored when that vote was corrected. The recommendation row holds the latest; versions
 * are only ever appended, so "what the packet tabled" and "what the plenary decided" both stay readable.
 */
export async function appendVersion(
  db: Executor,
  version: { recommendationId: number; text: string; source: VersionSource; voteId: number | null; madeOn: string },
  at: string,
): Promise<number> {
  const latest = await latestVersionNumber(db, version.recommendationId);
  await db
    .insertInto('recommendation_versions')
    .values({
      recommendation_id: version.recommendationId,
      number: latest + 1,
      text: version.text,
      source: version.source,
      vote_id: version.voteId,
      made_on: version.madeOn,
      recorded_at: at,
    })
    .execute();
  return latest + 1;
}

export async function latestVersionNumber(db: Executor, recommendationId: number): Promise<number> {
  const row = await db
    .selectFrom('recommendation_versions')
    .select((eb) => eb.fn.max('number').as('latest'))
    .where('recommendation_id', '=', recommendationId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

export async function versionText(db: Executor, recommendationId: number, number: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('recommendation_versions')
    .select('text')
    .where('recommendation_id', '=', recommendationId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.text;
}

export async function listVersions(db: Executor, recommendationId: number): Promise<RecommendationVersion[]> {
  const rows = await db
    .selectFrom('recommendation_versions as v')
    .leftJoin('votes', 'votes.id', 'v.vote_id')
    .leftJoin('meetings', 'meetings.id', 'votes.meeting_id')
    .select([
      'v.number',
      'v.text',
      'v.source',
      'v.vote_id',
      'v.made_on',
      'v.recorded_at',
      'meetings.id as meeting_id',
      'meetings.title as meeting_title',
    ])
    .where('v.recommendation_id', '=', recommendationId)
    .orderBy('v.number')
    .execute();
  return rows.map((row) => ({
    number: row.number,
    text: row.text,
    source: row.source,
    voteId: row.vote_id,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    madeOn: row.made_on,
    recordedAt: row.recorded_at,
  }));
}

/**
 * The words as tabled for a meeting: the latest version not made by a vote at that meeting, since
 * amendments carried there change the text only after the packet went out.
 */
export async function textsAsTabledAt(
  db: Executor,
  meetingId: number,
  recommendationIds: readonly number[],
): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  if (recommendationIds.length === 0) return texts;
  const rows = await db
    .selectFrom('recommendation_versions as v')
    .leftJoin('votes', 'votes.id', 'v.vote_id')
    .select(['v.recommendation_id', 'v.text'])
    .where('v.recommendation_id', 'in', recommendationIds)
    .where((eb) => eb.or([eb('votes.meeting_id', 'is', null), eb('votes.meeting_id', '!=', meetingId)]))
    .orderBy('v.number')
    .execute();
  for (const row of rows) texts.set(row.recommendation_id, row.text);
  return texts;
}
