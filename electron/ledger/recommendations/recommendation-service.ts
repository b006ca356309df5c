import type { Transaction } from 'kysely';
import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import type { Recommendation, RecommendationDraft, StatusChange } from '../../../shared/domain/recommendation';
import { checkStatusChange, editProblem } from '../../../shared/domain/recommendation-lifecycle';
import { notFound } from '../../domain-error';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Database, Executor } from '../database';
import type { Ledger } from '../ledger';
import { loadRecommendationDetail } from './recommendation-detail';
import { meetingProblems } from './recommendation-meeting-checks';
import { throwIfProblems } from './recommendation-problems';
import {
  findRecommendation,
  insertRecommendation,
  updateRecommendationState,
  updateRecommendationWords,
} from './recommendation-repository';
import { appendEvent } from './recommendation-trail-repository';
import { appendVersion } from './recommendation-versions';
import { todayIsoDate } from '../../../shared/domain/dates';
import { findWorkingGroup } from '../working-groups/working-group-repository';

function auditedFields(recommendation: Recommendation): Record<string, unknown> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = recommendation;
  return fields;
}

export async function requireRecommendation(db: Executor, id: number): Promise<Recommendation> {
  const recommendation = await findRecommendation(db, id);
  if (!recommendation) throw notFound('recommendation', id);
  return recommendation;
}

/** The drafting group's name is taken from the registry, and kept as it stood when drafted. */
async function withGroupName(db: Executor, draft: RecommendationDraft): Promise<RecommendationDraft> {
  if (draft.workingGroupId === null) return draft;
  const group = await findWorkingGroup(db, draft.workingGroupId);
  if (!group) {
    throwIfProblems(
      [
        {
          code: 'invalid_input',
          path: 'workingGroupId',
          message: `working group ${draft.workingGroupId} does not exist in the ledger`,
          reason: 'workingGroup.missing',
        },
      ],
      'recommendation',
      'recommendation',
    );
  }
  return { ...draft, workingGroupName: group?.name ?? draft.workingGroupName };
}

export async function createRecommendation(ledger: Ledger, draft: RecommendationDraft): Promise<RecommendationDetail> {
  return ledger.write('recommendations.create', async (trx, audit) => {
    const id = await createRecommendationIn(trx, audit, draft, ledger.now().toISOString());
    return loadRecommendationDetail(trx, id);
  });
}

/** Records a draft and the first step of its trail inside the caller's transaction; returns its id. */
export async function createRecommendationIn(
  trx: Transaction<Database>,
  audit: AuditTrail,
  draft: RecommendationDraft,
  at: string,
): Promise<number> {
  const id = await insertRecommendation(trx, await withGroupName(trx, draft), at);
  await appendEvent(trx, {
    recommendation_id: id,
    kind: 'status',
    from_value: null,
    to_value: 'draft',
    occurred_on: draft.draftedOn,
    meeting_id: null,
    deferred_to_meeting_id: null,
    vote_id: null,
    follow_up_id: null,
    note: null,
    recorded_at: at,
  });
  await appendVersion(
    trx,
    { recommendationId: id, text: draft.text, source: 'drafted', voteId: null, madeOn: draft.draftedOn },
    at,
  );
  const created = await requireRecommendation(trx, id);
  audit.record({ entityType: 'recommendation', entityId: id, changes: diffFields(null, auditedFields(created)) });
  return id;
}

export async function updateRecommendation(
  ledger: Ledger,
  id: number,
  draft: RecommendationDraft,
): Promise<RecommendationDetail> {
  return ledger.write('recommendations.update', async (trx, audit) => {
    const before = await requireRecommendation(trx, id);
    throwIfProblems([editProblem(before.status)], 'recommendations.update');
    const at = ledger.now().toISOString();
    await updateRecommendationWords(trx, id, await withGroupName(trx, draft), at);
    // A revision by the group is a version of its own, so the trail shows what the plenary was given.
    if (draft.text !== before.text) {
      const madeOn = todayIsoDate(ledger.now());
      await appendVersion(trx, { recommendationId: id, text: draft.text, source: 'revised', voteId: null, madeOn }, at);
    }
    const after = await requireRecommendation(trx, id);
    audit.record({
      entityType: 'recommendation',
      entityId: id,
      changes: diffFields(auditedFields(before), auditedFields(after)),
    });
    return loadRecommendationDetail(trx, id);
  });
}

/**
 * Checks and records one move along the lifecycle inside the caller's transaction; votes use it too,
 * so a vote and the status it causes are written together or not at all.
 */
export async function applyStatusChange(
  trx: Transaction<Database>,
  audit: AuditTrail,
  id: number,
  change: StatusChange,
  at: string,
  voteId: number | null = null,
): Promise<Recommendation> {
  const before = await requireRecommendation(trx, id);
  throwIfProblems(
    checkStatusChange({ from: before.status, lastChangedOn: before.statusOn }, change),
    'status change',
    'change',
  );
  throwIfProblems(await meetingProblems(trx, change), 'status change', 'change');
  await updateRecommendationState(
    trx,
    id,
    {
      status: change.to,
      status_on: change.on,
      status_meeting_id: change.meetingId,
      deferred_to_meeting_id: change.deferredToMeetingId,
      // Follow-up starts on adoption; nothing is implemented yet.
      ...(change.to === 'adopted' ? { implementation_status: 'not_started' } : {}),
    },
    at,
  );
  await appendEvent(trx, {
    recommendation_id: id,
    kind: 'status',
    from_value: before.status,
    to_value: change.to,
    occurred_on: change.on,
    meeting_id: change.meetingId,
    deferred_to_meeting_id: change.deferredToMeetingId,
    vote_id: voteId,
    follow_up_id: null,
    note: change.note,
    recorded_at: at,
  });
  const after = await requireRecommendation(trx, id);
  audit.record({
    entityType: 'recommendation',
    entityId: id,
    changes: diffFields(auditedFields(before), auditedFields(after)),
  });
  return after;
}

export async function changeRecommendationStatus(
  ledger: Ledger,
  id: number,
  change: StatusChange,
): Promise<RecommendationDetail> {
  return ledger.write('recommendations.changeStatus', async (trx, audit) => {
    await applyStatusChange(trx, audit, id, change, ledger.now().toISOString());
    return loadRecommendationDetail(trx, id);
  });
}
