import type { Transaction } from 'kysely';
import type { ProblemReason } from '../../../shared/problem-reasons';
import { DomainError } from '../../domain-error';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Database, Executor } from '../database';
import { checkMinutesTransition } from '../../../shared/domain/minutes-state';
import { requireMeeting } from './meeting-reads';
import { requireMinutes } from './minutes-guards';
import { setMinutesStatus } from './minutes-repository';

/**
 * Why these minutes cannot be approved at that meeting, or null: circulated first, at a later meeting
 * that has taken place and was not cancelled. A motion to approve them is checked before it is voted on.
 */
export async function approvalRefusal(
  db: Executor,
  request: { minutesId: number; approvedAtMeetingId: number; today: string },
  path = 'approvedAtMeetingId',
): Promise<DomainError | null> {
  const row = await requireMinutes(db, request.minutesId);
  const check = checkMinutesTransition(row.status, 'approved');
  if (!check.allowed) {
    return new DomainError('illegal_transition', check.message, [], {
      reason: check.reason,
      params: { from: row.status, to: 'approved' },
    });
  }
  const minuted = await requireMeeting(db, row.meeting_id);
  const approver = await requireMeeting(db, request.approvedAtMeetingId);
  const named = { title: approver.title, heldOn: approver.heldOn };
  const refuse = (message: string, reason: ProblemReason) => {
    const problem = { reason, params: named };
    return new DomainError('invalid_input', message, [{ path, message, ...problem }], problem);
  };
  if (approver.status === 'cancelled') {
    return refuse('Minutes cannot be approved at a cancelled meeting.', 'minutes.approvalMeetingCancelled');
  }
  if (approver.heldOn <= minuted.heldOn) {
    return refuse(
      `Minutes are approved at a later meeting: pick one held after ${minuted.heldOn}.`,
      'minutes.approvalMeetingNotLater',
    );
  }
  // Approval is a decision the approving meeting took: it cannot be recorded before that meeting happens.
  if (approver.heldOn > request.today) {
    return refuse(
      `Minutes are approved at a meeting that has taken place: "${approver.title}" (${approver.heldOn}) has not been held yet.`,
      'minutes.approvalMeetingNotHeld',
    );
  }
  if (row.circulated_on && approver.heldOn < row.circulated_on) {
    return refuse(
      `The approving meeting must be on or after the day the minutes were circulated (${row.circulated_on}).`,
      'minutes.approvalBeforeCirculation',
    );
  }
  return null;
}

/**
 * Approving minutes, from the minutes page or by a motion carried at a plenary: both go through here,
 * so the rules (circulated first, at a later meeting that has taken place) are one. `path` is where the
 * approving meeting sits in the caller's input, so the refusal lands under the right field.
 */
export async function approveMinutesIn(
  trx: Transaction<Database>,
  audit: AuditTrail,
  request: { minutesId: number; approvedAtMeetingId: number; today: string; at: string; voteId: number | null },
  path = 'approvedAtMeetingId',
): Promise<void> {
  const { minutesId, approvedAtMeetingId } = request;
  const refusal = await approvalRefusal(trx, request, path);
  if (refusal) throw refusal;
  const row = await requireMinutes(trx, minutesId);
  const approver = await requireMeeting(trx, approvedAtMeetingId);
  await setMinutesStatus(
    trx,
    minutesId,
    {
      status: 'approved',
      approved_at_meeting_id: approver.id,
      approved_on: approver.heldOn,
      approved_by_vote_id: request.voteId,
    },
    request.at,
  );
  audit.record({
    entityType: 'minutes',
    entityId: minutesId,
    changes: diffFields(
      { status: row.status },
      { status: 'approved', approvedAtMeetingId, approvedOn: approver.heldOn, approvedByVoteId: request.voteId },
    ),
  });
}

/**
 * Undoes an approval a vote made, when that vote is corrected or voided: the minutes go back to
 * circulated. Once amended they have a life of their own, and the caller refuses before this.
 */
export async function withdrawVoteApprovalIn(
  trx: Transaction<Database>,
  audit: AuditTrail,
  minutesId: number,
  at: string,
): Promise<void> {
  const row = await requireMinutes(trx, minutesId);
  await setMinutesStatus(
    trx,
    minutesId,
    { status: 'circulated', approved_at_meeting_id: null, approved_on: null, approved_by_vote_id: null },
    at,
  );
  audit.record({
    entityType: 'minutes',
    entityId: minutesId,
    changes: diffFields(
      { status: row.status, approvedAtMeetingId: row.approved_at_meeting_id, approvedOn: row.approved_on },
      { status: 'circulated', approvedAtMeetingId: null, approvedOn: null },
    ),
  });
}
