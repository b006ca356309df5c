import { todayIsoDate } from '../../../shared/domain/dates';
import type { Meeting } from '../../../shared/domain/meeting';
import type { LifecycleProblem } from '../../../shared/domain/recommendation-lifecycle';
import type { VoteCorrectionDraft } from '../../../shared/domain/vote-correction';
import { decide } from '../../../shared/domain/vote-rules';
import { DomainError, notFound } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { requireMeeting } from '../meetings/meeting-reads';
import { throwIfProblems } from '../recommendations/recommendation-problems';
import { attendanceAtVote } from './attendance-at-vote';
import { applyCorrectedOutcome } from './corrected-outcome';
import { refuseIfMinutesApproved } from './minutes-lock';
import { countVote, type CountingRoom } from './vote-checks';
import { findVote } from './vote-reads';
import { findVoteRow, insertCorrection, replaceVoteCounts, setVoteOutcome } from './vote-repository';
import { auditedVote, type RecordedVote } from './vote-service';
import type { VoteRow } from './votes-table';

const problem = (path: string, message: string, reason: LifecycleProblem['reason']): LifecycleProblem => ({
  code: 'invalid_input',
  path,
  message,
  reason,
});

/** What a correction keeps beside the vote: the counts and result it replaced, and why. */
function correctionRow(
  row: VoteRow,
  change: { kind: 'corrected' | 'voided'; reason: string; today: string; at: string; after: string | null },
) {
  return {
    vote_id: row.id,
    kind: change.kind,
    reason: change.reason,
    corrected_on: change.today,
    before_for: row.votes_for,
    before_against: row.votes_against,
    before_abstain: row.abstentions,
    before_block: row.blocks,
    before_result: row.result,
    after_result: change.after,
    recorded_at: change.at,
  };
}

/** The vote, its meeting, and the refusals every correction shares: voided already, or minutes approved. */
async function correctable(db: Executor, voteId: number) {
  const row = await findVoteRow(db, voteId);
  if (!row) throw notFound('vote', voteId);
  if (row.voided_at !== null) {
    throw new DomainError(
      'illegal_transition',
      `Vote ${voteId} was voided: it decides nothing and cannot be corrected.`,
      [],
      {
        reason: 'vote.voided',
      },
    );
  }
  const meeting = await requireMeeting(db, row.meeting_id);
  await refuseIfMinutesApproved(db, meeting);
  const before = await findVote(db, voteId);
  if (!before) throw notFound('vote', voteId);
  return { row, meeting, before };
}

/**
 * The room a correction is checked against: the members present as recorded on the vote, a roll
 * call's own voters, and (not kept per vote) the categories present as the roll call stands now.
 */
async function roomOfVote(
  db: Executor,
  row: VoteRow,
  voters: CountingRoom['present'],
  meeting: Meeting,
): Promise<CountingRoom> {
  const now = await attendanceAtVote(db, meeting);
  return { present: voters, presentByCategory: now.presentByCategory, quorum: { present: row.members_present } };
}

function shapeProblems(row: VoteRow, correction: VoteCorrectionDraft, voters: ReadonlySet<number>): LifecycleProblem[] {
  if (row.method !== 'roll_call') {
    return correction.tally !== null && correction.ballots.length === 0
      ? []
      : [problem('tally', 'is required, and answers are kept only for a roll call', 'vote.correctionNeedsTally')];
  }
  if (correction.tally !== null || correction.categoryTallies.length > 0 || correction.ballots.length === 0) {
    return [
      problem('ballots', "are required: a roll call's counts follow from each answer", 'vote.correctionNeedsBallots'),
    ];
  }
  const answered = new Set(correction.ballots.map((ballot) => ballot.memberId));
  const same = answered.size === voters.size && [...answered].every((id) => voters.has(id));
  return same
    ? []
    : [
        problem(
          'ballots',
          'must answer for the same members as the roll call recorded',
          'vote.correctionChangesVoters',
        ),
      ];
}

/**
 * Corrects a recorded vote's counts (a tally mistyped) with a reason, while its meeting's minutes are
 * still draft or circulated. The result is worked out again by the vote's own rule and quorum; if it
 * changes, the recommendation, an amendment's words or an approval of minutes follow, all in one
 * transaction, audited, and the correction is kept beside the vote with the counts it replaced.
 */
export async function correctVote(
  ledger: Ledger,
  voteId: number,
  correction: VoteCorrectionDraft,
): Promise<RecordedVote> {
  return ledger.write('votes.correct', async (trx, audit) => {
    const { row, meeting, before } = await correctable(trx, voteId);
    const voters = new Set(before.ballots.map((ballot) => ballot.memberId));
    throwIfProblems(shapeProblems(row, correction, voters), 'correction', 'correction');
    const room = await roomOfVote(trx, row, before.ballots, meeting);
    const counted = countVote({ method: row.method as never, rule: row.rule as never, ...correction }, room);
    throwIfProblems(counted.problems, 'correction', 'correction');
    const same =
      JSON.stringify([
        counted.tally,
        counted.categoryTallies,
        correction.ballots.toSorted((a, b) => a.memberId - b.memberId),
      ]) ===
      JSON.stringify([
        before.tally,
        before.categoryTallies,
        before.ballots.map(({ memberId, choice }) => ({ memberId, choice })),
      ]);
    if (same) {
      throwIfProblems(
        [problem('', 'changes nothing: the counts are already these', 'vote.correctionUnchanged')],
        'correction',
        'correction',
      );
    }
    const decision = decide({ rule: before.rule, tally: counted.tally, quorumMet: before.quorumMet });
    const at = ledger.now().toISOString();
    const today = todayIsoDate(ledger.now());
    const note = `Vote corrected: ${correction.reason}`;
    const change = { vote: row, result: decision.result, meeting, note, correctedOn: today, today, at };
    const recommendation = await applyCorrectedOutcome(trx, audit, change);
    await replaceVoteCounts(
      trx,
      voteId,
      {
        votes_for: counted.tally.for,
        votes_against: counted.tally.against,
        abstentions: counted.tally.abstain,
        blocks: counted.tally.block,
        result: decision.result,
        votes_needed: decision.votesNeeded,
      },
      row.method === 'roll_call' ? correction.ballots : [],
      counted.categoryTallies,
    );
    await insertCorrection(
      trx,
      correctionRow(row, { kind: 'corrected', reason: correction.reason, today, at, after: decision.result }),
    );
    const vote = await findVote(trx, voteId);
    if (!vote) throw notFound('vote', voteId);
    audit.record({
      entityType: 'vote',
      entityId: voteId,
      changes: diffFields(
        { ...auditedVote(before), reason: null },
        { ...auditedVote(vote), reason: correction.reason },
      ),
    });
    return { vote, recommendation };
  });
}

/** Voids a recorded vote with a reason: it decides nothing from now on, and what it decided is undone. */
export async function voidVote(ledger: Ledger, voteId: number, reason: string): Promise<RecordedVote> {
  return ledger.write('votes.void', async (trx, audit) => {
    const { row, meeting, before } = await correctable(trx, voteId);
    const at = ledger.now().toISOString();
    const today = todayIsoDate(ledger.now());
    const change = { vote: row, result: null, meeting, note: `Vote voided: ${reason}`, correctedOn: today, today, at };
    const recommendation = await applyCorrectedOutcome(trx, audit, change);
    await setVoteOutcome(trx, voteId, { voided_at: at, void_reason: reason });
    await insertCorrection(trx, correctionRow(row, { kind: 'voided', reason, today, at, after: null }));
    const vote = await findVote(trx, voteId);
    if (!vote) throw notFound('vote', voteId);
    audit.record({ entityType: 'vote', entityId: voteId, changes: diffFields(auditedVote(before), auditedVote(vote)) });
    return { vote, recommendation };
  });
}
