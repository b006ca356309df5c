import type { Transaction } from 'kysely';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Recommendation } from '../../../shared/domain/recommendation';
import type { Vote, VoteDraft } from '../../../shared/domain/vote';
import { decide } from '../../../shared/domain/vote-rules';
import { notFound } from '../../domain-error';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Database } from '../database';
import type { Ledger } from '../ledger';
import { findMeeting } from '../meetings/meeting-repository';
import { throwIfProblems } from '../recommendations/recommendation-problems';
import { attendanceAtVote } from './attendance-at-vote';
import { refuseIfMinutesApproved } from './minutes-lock';
import { checkMotion, sponsorProblems } from './motion-checks';
import { agendaItemProblem, countVote, meetingProblem } from './vote-checks';
import { applyRecordedOutcome } from './vote-outcome';
import { findVote } from './vote-reads';
import { insertVote } from './vote-repository';

const what = 'vote';
const prefix = 'vote';

export interface RecordedVote {
  vote: Vote;
  /** The recommendation the vote moved or amended, as it now stands; null for other motions. */
  recommendation: Recommendation | null;
}

/**
 * Records a vote as one transaction: checks it against the meeting's attendance as it stands now,
 * computes the result by the rule, stores it, and applies what it decided (a recommendation adopted
 * or rejected, an amendment's words, minutes approved).
 */
export async function recordVote(ledger: Ledger, draft: VoteDraft): Promise<RecordedVote> {
  return ledger.write('votes.record', (trx, audit) => recordVoteIn(trx, audit, draft, ledger.now().toISOString()));
}

/** The vote as the audit keeps it: ids and answers, not names (the log outlives any alias change). */
export function auditedVote(vote: Vote): Record<string, unknown> {
  const { id: _id, recordedAt: _recorded, ballots, mover, seconder, corrections: _corrections, ...fields } = vote;
  return {
    ...fields,
    moverMemberId: mover?.memberId ?? null,
    seconderMemberId: seconder?.memberId ?? null,
    ballots: ballots.map((ballot) => ({ memberId: ballot.memberId, choice: ballot.choice })),
  };
}

/** The same inside a transaction someone else opened (the demo network loads in one). */
export async function recordVoteIn(
  trx: Transaction<Database>,
  audit: AuditTrail,
  draft: VoteDraft,
  at: string,
): Promise<RecordedVote> {
  const today = todayIsoDate(new Date(at));
  const meeting = await findMeeting(trx, draft.meetingId);
  throwIfProblems([meetingProblem(meeting, draft.meetingId)], what, prefix);
  if (!meeting) throw notFound('meeting', draft.meetingId);
  await refuseIfMinutesApproved(trx, meeting);

  const attendance = await attendanceAtVote(trx, meeting);
  throwIfProblems(sponsorProblems(draft, attendance), what, prefix);
  const motion = await checkMotion(trx, draft.motion, meeting, today);
  throwIfProblems([await agendaItemProblem(trx, draft)], what, prefix);
  const counted = countVote(draft, attendance);
  throwIfProblems(counted.problems, what, prefix);
  const decision = decide({ rule: draft.rule, tally: counted.tally, quorumMet: attendance.quorum.met });

  const voteId = await insertVote(
    trx,
    {
      meeting_id: meeting.id,
      ...motion.columns,
      mover_member_id: draft.moverMemberId,
      seconder_member_id: draft.seconderMemberId,
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
      voided_at: null,
      void_reason: null,
    },
    draft.method === 'roll_call' ? draft.ballots : [],
    counted.categoryTallies,
  );
  const changed = await applyRecordedOutcome(trx, audit, {
    voteId,
    columns: motion.columns,
    result: decision.result,
    meeting,
    today,
    at,
  });
  const vote = await findVote(trx, voteId);
  if (!vote) throw new Error(`Vote ${voteId} vanished inside its own transaction`);
  audit.record({ entityType: 'vote', entityId: voteId, changes: diffFields(null, auditedVote(vote)) });
  return { vote, recommendation: changed ?? motion.recommendation };
}
