import type { Recommendation } from '../../../shared/domain/recommendation';
import { statusAfterVote, voteProblem } from '../../../shared/domain/recommendation-lifecycle';
import type { Vote, VoteDraft } from '../../../shared/domain/vote';
import { decide } from '../../../shared/domain/vote-rules';
import { DomainError, notFound } from '../../domain-error';
import type { Transaction } from 'kysely';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Database } from '../database';
import type { Ledger } from '../ledger';
import { findMeeting } from '../meetings/meeting-repository';
import { throwIfProblems } from '../recommendations/recommendation-problems';
import { findRecommendation } from '../recommendations/recommendation-repository';
import { applyStatusChange, requireRecommendation } from '../recommendations/recommendation-service';
import { attendanceAtVote } from './attendance-at-vote';
import { agendaItemProblem, countVote, meetingProblem } from './vote-checks';
import { insertVote, listVotes } from './vote-repository';

const what = 'vote';
const prefix = 'vote';

/**
 * Records a vote as one transaction: checks it against the meeting's attendance as it stands now,
 * computes the result by the rule, stores it, and moves the recommendation if the vote decided anything.
 */
export async function recordVote(
  ledger: Ledger,
  draft: VoteDraft,
): Promise<{ vote: Vote; recommendation: Recommendation }> {
  return ledger.write('votes.record', (trx, audit) => recordVoteIn(trx, audit, draft, ledger.now().toISOString()));
}

/** The same inside a transaction someone else opened (the demo network loads in one). */
export async function recordVoteIn(
  trx: Transaction<Database>,
  audit: AuditTrail,
  draft: VoteDraft,
  at: string,
): Promise<{ vote: Vote; recommendation: Recommendation }> {
  const meeting = await findMeeting(trx, draft.meetingId);
  const recommendation = await findRecommendation(trx, draft.recommendationId);
  throwIfProblems([meetingProblem(meeting, draft.meetingId)], what, prefix);
  if (!meeting) throw notFound('meeting', draft.meetingId);
  if (!recommendation) {
    throw new DomainError(
      'invalid_input',
      `Invalid vote: recommendation ${draft.recommendationId} does not exist in the ledger`,
      [{ path: 'vote.recommendationId', message: 'does not exist in the ledger', reason: 'recommendation.missing' }],
      { reason: 'recommendation.missing' },
    );
  }
  throwIfProblems([voteProblem(recommendation.status), await agendaItemProblem(trx, draft)], what, prefix);

  const attendance = await attendanceAtVote(trx, meeting);
  const counted = countVote(draft, attendance);
  throwIfProblems(counted.problems, what, prefix);
  const decision = decide({ rule: draft.rule, tally: counted.tally, quorumMet: attendance.quorum.met });

  const voteId = await insertVote(
    trx,
    {
      meeting_id: meeting.id,
      recommendation_id: recommendation.id,
      agenda_item_id: draft.agendaItemId,
      method: draft.method,
      rule: draft.rule,
      votes_for: counted.tally.for,
      votes_against: counted.tally.against,
      abstentions: counted.tally.abstain,
      blocks: counted.tally.block,
      members_present: attendance.quorum.present,
      voting_members: attendance.quorum.votingMembers,
      quorum_required: attendance.quorum.required,
      quorum_met: attendance.quorum.met ? 1 : 0,
      result: decision.result,
      votes_needed: decision.votesNeeded,
      note: draft.note,
      recorded_at: at,
    },
    draft.method === 'roll_call' ? draft.ballots : [],
    counted.categoryTallies,
  );
  const next = statusAfterVote(decision.result);
  if (next) {
    const change = { to: next, on: meeting.heldOn, meetingId: meeting.id, deferredToMeetingId: null, note: null };
    await applyStatusChange(trx, audit, recommendation.id, change, at, voteId);
  }
  const [vote] = await listVotes(trx, { voteId });
  if (!vote) throw new Error(`Vote ${voteId} vanished inside its own transaction`);
  // The audit keeps ids and answers, not names: the log outlives any alias change.
  const { id: _id, recordedAt: _recorded, ballots, ...fields } = vote;
  const answers = ballots.map((ballot) => ({ memberId: ballot.memberId, choice: ballot.choice }));
  audit.record({ entityType: 'vote', entityId: voteId, changes: diffFields(null, { ...fields, ballots: answers }) });
  return { vote, recommendation: await requireRecommendation(trx, recommendation.id) };
}
