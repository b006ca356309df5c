import type { Transaction } from 'kysely';
import type { Recommendation, RecommendationStatus } from '../../../shared/domain/recommendation';
import { statusAfterVote } from '../../../shared/domain/recommendation-lifecycle';
import type { VoteResult } from '../../../shared/domain/vote-rules';
import { DomainError } from '../../domain-error';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Database, Executor } from '../database';
import { updateRecommendationState, type RecommendationStateUpdate } from './recommendation-repository';
import { requireRecommendation } from './recommendation-service';
import { appendEvent, listFollowUps } from './recommendation-trail-repository';

/**
 * Where the recommendation stood before the vote moved it: the status step just before the one the
 * vote wrote. Read from the append-only trail, so a voided vote puts it back exactly.
 */
async function stateBeforeVote(
  db: Executor,
  recommendationId: number,
  voteId: number,
): Promise<RecommendationStateUpdate> {
  const events = await db
    .selectFrom('recommendation_events')
    .selectAll()
    .where('recommendation_id', '=', recommendationId)
    .where('kind', '=', 'status')
    .orderBy('id')
    .execute();
  const byVote = events.findIndex((event) => event.vote_id === voteId);
  const previous = byVote > 0 ? events[byVote - 1] : undefined;
  if (!previous) throw new Error(`Vote ${voteId} left no step on recommendation ${recommendationId}'s trail`);
  return {
    status: previous.to_value as RecommendationStatus,
    status_on: previous.occurred_on,
    status_meeting_id: previous.meeting_id,
    deferred_to_meeting_id: previous.deferred_to_meeting_id,
    implementation_status: null,
  };
}

export interface CorrectedDecision {
  recommendationId: number;
  voteId: number;
  meeting: { id: number; heldOn: string };
  /** The result after the correction; null when the vote was voided. */
  result: VoteResult | null;
  note: string;
  correctedOn: string;
}

/**
 * Refuses a correction that would undo an adoption already followed up: the recommendation was sent
 * on, and its story continues as follow-up; the ledger cannot pretend it was never adopted.
 */
export async function followUpRefusal(db: Executor, recommendationId: number): Promise<DomainError | null> {
  const [first] = await listFollowUps(db, recommendationId);
  if (!first) return null;
  const problem = { reason: 'vote.followUpRecorded', params: { sentTo: first.sentTo, sentOn: first.sentOn } } as const;
  return new DomainError(
    'illegal_transition',
    `The recommendation was already sent to ${first.sentTo} on ${first.sentOn}, so the vote that adopted it cannot be undone.`,
    [],
    problem,
  );
}

/**
 * The recommendation's status follows a corrected vote: adopted or rejected by the new result, or
 * back where it stood before the vote when the vote no longer decides anything. Lifecycle rules
 * keep adopted and rejected final for ordinary changes; a correction is the one way back, and the
 * trail records it as a step of its own with the reason.
 */
export async function moveRecommendationAfterCorrection(
  trx: Transaction<Database>,
  audit: AuditTrail,
  decision: CorrectedDecision,
  at: string,
): Promise<Recommendation> {
  const before = await requireRecommendation(trx, decision.recommendationId);
  const next = decision.result === null ? null : statusAfterVote(decision.result);
  const state: RecommendationStateUpdate = next
    ? {
        status: next,
        status_on: decision.meeting.heldOn,
        status_meeting_id: decision.meeting.id,
        deferred_to_meeting_id: null,
        implementation_status: next === 'adopted' ? 'not_started' : null,
      }
    : await stateBeforeVote(trx, decision.recommendationId, decision.voteId);
  await updateRecommendationState(trx, decision.recommendationId, state, at);
  await appendEvent(trx, {
    recommendation_id: decision.recommendationId,
    kind: 'status',
    from_value: before.status,
    to_value: state.status ?? before.status,
    occurred_on: decision.correctedOn,
    meeting_id: state.status_meeting_id ?? null,
    deferred_to_meeting_id: state.deferred_to_meeting_id ?? null,
    vote_id: decision.voteId,
    follow_up_id: null,
    note: decision.note,
    recorded_at: at,
  });
  const after = await requireRecommendation(trx, decision.recommendationId);
  const { id: _id, createdAt: _created, updatedAt: _updated, ...beforeFields } = before;
  const { id: _id2, createdAt: _created2, updatedAt: _updated2, ...afterFields } = after;
  audit.record({ entityType: 'recommendation', entityId: after.id, changes: diffFields(beforeFields, afterFields) });
  return after;
}
