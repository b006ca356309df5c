import type { Transaction } from 'kysely';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Recommendation } from '../../../shared/domain/recommendation';
import { statusAfterVote } from '../../../shared/domain/recommendation-lifecycle';
import type { VoteResult } from '../../../shared/domain/vote-rules';
import type { AuditTrail } from '../audit/audit-log';
import type { Database } from '../database';
import { approveMinutesIn } from '../meetings/minutes-approval';
import { applyStatusChange } from '../recommendations/recommendation-service';
import { setTextByVote } from '../recommendations/recommendation-text-by-vote';
import type { MotionColumns } from './motion-checks';

export interface RecordedOutcome {
  voteId: number;
  columns: Pick<MotionColumns, 'motion_kind' | 'procedure' | 'recommendation_id' | 'minutes_id' | 'motion_text'>;
  result: VoteResult;
  meeting: Meeting;
  today: string;
  at: string;
}

/**
 * What a vote just recorded changes, in the same transaction: a recommendation adopted or rejected,
 * an amendment's words made the recommendation's new version, or minutes approved. A vote without
 * quorum, or defeated, changes nothing beyond itself (a defeated recommendation is rejected).
 */
export async function applyRecordedOutcome(
  trx: Transaction<Database>,
  audit: AuditTrail,
  outcome: RecordedOutcome,
): Promise<Recommendation | null> {
  const { columns, meeting, voteId, at } = outcome;
  if (columns.motion_kind === 'recommendation' && columns.recommendation_id !== null) {
    const next = statusAfterVote(outcome.result);
    if (!next) return null;
    const change = { to: next, on: meeting.heldOn, meetingId: meeting.id, deferredToMeetingId: null, note: null };
    return applyStatusChange(trx, audit, columns.recommendation_id, change, at, voteId);
  }
  if (columns.motion_kind === 'amendment' && columns.recommendation_id !== null && columns.motion_text) {
    if (outcome.result !== 'carried') return null;
    const change = {
      recommendationId: columns.recommendation_id,
      text: columns.motion_text,
      source: 'amended' as const,
      voteId,
      madeOn: meeting.heldOn,
    };
    return setTextByVote(trx, audit, change, at);
  }
  if (columns.procedure === 'approve_minutes' && columns.minutes_id !== null && outcome.result === 'carried') {
    const request = {
      minutesId: columns.minutes_id,
      approvedAtMeetingId: meeting.id,
      today: outcome.today,
      at,
      voteId,
    };
    await approveMinutesIn(trx, audit, request, 'vote.meetingId');
  }
  return null;
}
