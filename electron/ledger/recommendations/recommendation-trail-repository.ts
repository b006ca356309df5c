import type { FollowUp, FollowUpDraft, RecommendationEvent } from '../../../shared/domain/recommendation';
import type { Executor } from '../database';
import { eventFromRow, followUpFromRow } from './recommendation-mapping';
import type { NewRecommendationEventRow } from './recommendations-table';
import { meetingTitles } from './meeting-lookup';

/** The trail is append-only: there is no update or delete here on purpose. */
export async function appendEvent(db: Executor, event: NewRecommendationEventRow): Promise<number> {
  const inserted = await db.insertInto('recommendation_events').values(event).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function listEvents(db: Executor, recommendationId: number): Promise<RecommendationEvent[]> {
  const rows = await db
    .selectFrom('recommendation_events')
    .selectAll()
    .where('recommendation_id', '=', recommendationId)
    .orderBy('id')
    .execute();
  const ids = rows
    .flatMap((row) => [row.meeting_id, row.deferred_to_meeting_id])
    .filter((id): id is number => id !== null);
  const titles = await meetingTitles(db, ids);
  return rows.map((row) => eventFromRow(row, titles));
}

export async function listFollowUps(db: Executor, recommendationId: number): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom('recommendation_follow_ups')
    .selectAll()
    .where('recommendation_id', '=', recommendationId)
    .orderBy('sent_on')
    .orderBy('id')
    .execute();
  return rows.map(followUpFromRow);
}

export async function findFollowUp(db: Executor, id: number): Promise<FollowUp | undefined> {
  const row = await db.selectFrom('recommendation_follow_ups').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? followUpFromRow(row) : undefined;
}

function followUpColumns(draft: FollowUpDraft) {
  return {
    sent_to: draft.sentTo,
    recipient_kind: draft.recipientKind,
    sent_on: draft.sentOn,
    response: draft.response,
    response_on: draft.responseOn,
  };
}

export async function insertFollowUp(db: Executor, recommendationId: number, draft: FollowUpDraft, at: string) {
  const inserted = await db
    .insertInto('recommendation_follow_ups')
    .values({ recommendation_id: recommendationId, ...followUpColumns(draft), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateFollowUpRow(db: Executor, id: number, draft: FollowUpDraft, at: string) {
  await db
    .updateTable('recommendation_follow_ups')
    .set({ ...followUpColumns(draft), updated_at: at })
    .where('id', '=', id)
    .execute();
}
