import type { Vote } from '../../../shared/domain/vote';
import type { VoteData } from './meeting-report-data';

/** Whether a carried amendment of this meeting made the words a recommendation was put to the vote on. */
function amendedHere(vote: Vote, all: readonly Vote[]): boolean {
  const { motion } = vote;
  return (
    motion.kind === 'recommendation' &&
    all.some(
      (other) =>
        other.motion.kind === 'amendment' &&
        other.voided === null &&
        other.result === 'carried' &&
        other.motion.recommendationId === motion.recommendationId &&
        (other.motion.textVersion ?? 0) + 1 === motion.textVersion,
    )
  );
}

/**
 * A vote as the minutes print it; `all` are the meeting's votes, to tell text amended there. A copy
 * that leaves the Network says only that the motion was moved and seconded: the names stay out of its
 * data altogether, so neither the builder nor the redaction check can meet them.
 */
function voteData(vote: Vote, all: readonly Vote[], audience: 'members' | 'shared'): VoteData {
  const { motion } = vote;
  const named = audience === 'members';
  return {
    voteId: vote.id,
    agendaItemId: vote.agendaItemId,
    motion: {
      kind: motion.kind,
      procedure: motion.procedure,
      recommendationTitle: motion.recommendationTitle,
      title: motion.title,
      text: motion.text,
      minutesOf: motion.minutesOf,
      amendedHere: amendedHere(vote, all),
    },
    movedAndSeconded: vote.mover !== null && vote.seconder !== null,
    mover: named ? (vote.mover?.name ?? null) : null,
    seconder: named ? (vote.seconder?.name ?? null) : null,
    corrections: vote.corrections
      .filter((correction) => correction.kind === 'corrected')
      .map((correction) => ({ on: correction.correctedOn, reason: correction.reason })),
    recommendationTitle: motion.recommendationTitle ?? motion.title ?? '',
    method: vote.method,
    rule: vote.rule,
    tally: vote.tally,
    membersPresent: vote.membersPresent,
    votingMembers: vote.votingMembers,
    quorumRequired: vote.quorumRequired,
    result: vote.result,
    votesCast: vote.votesCast,
    votesNeeded: vote.votesNeeded,
    ballots: vote.ballots.map((ballot) => ({ name: ballot.name, choice: ballot.choice })),
  };
}

/** The votes the minutes print: voided ones decide nothing and stay out. */
export function minutesVotes(votes: readonly Vote[], audience: 'members' | 'shared'): VoteData[] {
  return votes.filter((vote) => vote.voided === null).map((vote) => voteData(vote, votes, audience));
}
