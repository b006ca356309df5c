import { sql } from 'kysely';
import type { Recommendation, RecommendationDraft, RecommendationSummary } from '../../../shared/domain/recommendation';
import type { RecommendationListQuery } from '../../../shared/contract/recommendations';
import { quarterDateRange } from '../../../shared/domain/quarter-range';
import type { Executor } from '../database';
import { foldedContains } from '../sqlite/fold-function';
import { recommendationFromRow, rowFieldsFromDraft, summaryFromRecommendation } from './recommendation-mapping';
import type { RecommendationsTable } from './recommendations-table';

export async function findRecommendation(db: Executor, id: number): Promise<Recommendation | undefined> {
  const row = await db.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? recommendationFromRow(row) : undefined;
}

export async function insertRecommendation(db: Executor, draft: RecommendationDraft, at: string): Promise<number> {
  const inserted = await db
    .insertInto('recommendations')
    .values({
      ...rowFieldsFromDraft(draft),
      status: 'draft',
      status_on: draft.draftedOn,
      status_meeting_id: null,
      deferred_to_meeting_id: null,
      implementation_status: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateRecommendationWords(db: Executor, id: number, draft: RecommendationDraft, at: string) {
  await db
    .updateTable('recommendations')
    .set({ ...rowFieldsFromDraft(draft), updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The text alone, as a vote on an amendment (or its correction) leaves it. */
export async function updateRecommendationText(db: Executor, id: number, text: string, at: string) {
  await db.updateTable('recommendations').set({ text, updated_at: at }).where('id', '=', id).execute();
}

export type RecommendationStateUpdate = Partial<
  Pick<
    RecommendationsTable,
    'status' | 'status_on' | 'status_meeting_id' | 'deferred_to_meeting_id' | 'implementation_status'
  >
>;

export async function updateRecommendationState(
  db: Executor,
  id: number,
  state: RecommendationStateUpdate,
  at: string,
) {
  await db
    .updateTable('recommendations')
    .set({ ...state, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function listRecommendations(
  db: Executor,
  query: RecommendationListQuery,
): Promise<{ total: number; items: RecommendationSummary[] }> {
  let filtered = db.selectFrom('recommendations');
  if (query.workingGroupId !== null) filtered = filtered.where('working_group_id', '=', query.workingGroupId);
  if (query.kind) filtered = filtered.where('kind', '=', query.kind);
  if (query.status) filtered = filtered.where('status', '=', query.status);
  if (query.quarter) {
    const { from, to } = quarterDateRange(query.quarter);
    filtered = filtered.where('drafted_on', '>=', from).where('drafted_on', '<=', to);
  }
  if (query.search.trim()) {
    const search = query.search;
    filtered = filtered.where((eb) => eb.or([foldedContains(sql.ref('title'), search), foldedContains(sql.ref('text'), search)]));
  }
  const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await filtered
    .selectAll()
    .orderBy('drafted_on', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { total: Number(total), items: rows.map((row) => summaryFromRecommendation(recommendationFromRow(row))) };
}
