import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import type { FollowUpDraft, ImplementationStatus } from '../../../shared/domain/recommendation';
import { followUpProblem, implementationProblem } from '../../../shared/domain/recommendation-lifecycle';
import { notFound } from '../../domain-error';
import type { Transaction } from 'kysely';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Database } from '../database';
import type { Ledger } from '../ledger';
import { loadRecommendationDetail } from './recommendation-detail';
import { throwIfProblems } from './recommendation-problems';
import { updateRecommendationState } from './recommendation-repository';
import { requireRecommendation } from './recommendation-service';
import { appendEvent, findFollowUp, insertFollowUp, updateFollowUpRow } from './recommendation-trail-repository';
import type { NewRecommendationEventRow } from './recommendations-table';

function followUpEvent(
  recommendationId: number,
  followUpId: number,
  kind: 'follow_up_sent' | 'response_recorded',
  draft: FollowUpDraft,
  at: string,
): NewRecommendationEventRow {
  const sent = kind === 'follow_up_sent';
  return {
    recommendation_id: recommendationId,
    kind,
    from_value: null,
    to_value: draft.sentTo,
    occurred_on: sent ? draft.sentOn : (draft.responseOn ?? draft.sentOn),
    meeting_id: null,
    deferred_to_meeting_id: null,
    vote_id: null,
    follow_up_id: followUpId,
    note: sent ? null : draft.response,
    recorded_at: at,
  };
}

function adoptedOnProblem(adoptedOn: string, sentOn: string) {
  return sentOn < adoptedOn
    ? {
        code: 'invalid_input' as const,
        path: 'sentOn',
        message: `must not be before the adoption, on ${adoptedOn}`,
        reason: 'recommendation.sentBeforeAdoption' as const,
        params: { date: adoptedOn },
      }
    : null;
}

export async function addFollowUp(ledger: Ledger, id: number, draft: FollowUpDraft): Promise<RecommendationDetail> {
  return ledger.write('recommendations.addFollowUp', async (trx, audit) => {
    await addFollowUpIn(trx, audit, id, draft, ledger.now().toISOString());
    return loadRecommendationDetail(trx, id);
  });
}

/** Records a sending (and its response, if already in) inside the caller's transaction. */
export async function addFollowUpIn(
  trx: Transaction<Database>,
  audit: AuditTrail,
  id: number,
  draft: FollowUpDraft,
  at: string,
): Promise<number> {
  const recommendation = await requireRecommendation(trx, id);
  throwIfProblems([followUpProblem(recommendation.status)], 'follow-up', 'followUp');
  throwIfProblems([adoptedOnProblem(recommendation.statusOn, draft.sentOn)], 'follow-up', 'followUp');
  const followUpId = await insertFollowUp(trx, id, draft, at);
  await appendEvent(trx, followUpEvent(id, followUpId, 'follow_up_sent', draft, at));
  if (draft.response) await appendEvent(trx, followUpEvent(id, followUpId, 'response_recorded', draft, at));
  audit.record({
    entityType: 'recommendation_follow_up',
    entityId: followUpId,
    changes: diffFields(null, { recommendationId: id, ...draft }),
  });
  return followUpId;
}

export async function updateFollowUp(
  ledger: Ledger,
  followUpId: number,
  draft: FollowUpDraft,
): Promise<RecommendationDetail> {
  return ledger.write('recommendations.updateFollowUp', async (trx, audit) => {
    const before = await findFollowUp(trx, followUpId);
    if (!before) throw notFound('followUp', followUpId);
    const recommendation = await requireRecommendation(trx, before.recommendationId);
    throwIfProblems([adoptedOnProblem(recommendation.statusOn, draft.sentOn)], 'follow-up', 'followUp');
    const at = ledger.now().toISOString();
    await updateFollowUpRow(trx, followUpId, draft, at);
    const responseChanged = draft.response !== before.response || draft.responseOn !== before.responseOn;
    if (draft.response && responseChanged) {
      await appendEvent(trx, followUpEvent(recommendation.id, followUpId, 'response_recorded', draft, at));
    }
    const { id: _id, recommendationId: _recommendation, ...beforeFields } = before;
    audit.record({
      entityType: 'recommendation_follow_up',
      entityId: followUpId,
      changes: diffFields(beforeFields, { ...draft }),
    });
    return loadRecommendationDetail(trx, recommendation.id);
  });
}

export async function setImplementation(
  ledger: Ledger,
  id: number,
  status: ImplementationStatus,
  on: string,
  note: string | null,
): Promise<RecommendationDetail> {
  return ledger.write('recommendations.setImplementation', async (trx, audit) => {
    const recommendation = await requireRecommendation(trx, id);
    throwIfProblems(
      [implementationProblem(recommendation.status, recommendation.implementationStatus, status)],
      'implementation status',
    );
    const at = ledger.now().toISOString();
    await updateRecommendationState(trx, id, { implementation_status: status }, at);
    await appendEvent(trx, {
      recommendation_id: id,
      kind: 'implementation',
      from_value: recommendation.implementationStatus,
      to_value: status,
      occurred_on: on,
      meeting_id: null,
      deferred_to_meeting_id: null,
      vote_id: null,
      follow_up_id: null,
      note: note === '' ? null : note,
      recorded_at: at,
    });
    audit.record({
      entityType: 'recommendation',
      entityId: id,
      changes: { implementationStatus: { from: recommendation.implementationStatus, to: status } },
    });
    return loadRecommendationDetail(trx, id);
  });
}
