import type { Vote } from './vote';
import type { BallotChoice, DecisionRule, VoteMethod } from './vote-rules';

const methodWords: Record<VoteMethod, string> = {
  show_of_hands: 'show of hands',
  paper_ballot: 'paper ballot',
  roll_call: 'roll call',
  consensus: 'consensus',
};

const ruleWords: Record<DecisionRule, string> = {
  simple_majority: 'simple majority of votes cast',
  two_thirds: 'two-thirds of votes cast',
  consensus: 'consensus (passes unless a member blocks)',
};

const choiceWords: Record<Exclude<BallotChoice, 'not_voting'>, string> = {
  for: 'For',
  against: 'Against',
  abstain: 'Abstaining',
  block: 'Blocking',
};

/** What the motion was, in the minutes' words. */
export function motionSubject(vote: Vote): string {
  const { motion } = vote;
  switch (motion.kind) {
    case 'recommendation':
      return `recommendation ${motion.recommendationId}, "${motion.recommendationTitle}"`;
    case 'amendment':
      return `an amendment to recommendation ${motion.recommendationId}, "${motion.recommendationTitle}"`;
    case 'procedural':
      return motion.procedure === 'adopt_agenda'
        ? 'the motion to adopt the agenda'
        : `the motion to approve the minutes of ${motion.minutesOf?.meetingTitle ?? 'an earlier meeting'}`;
    case 'floor':
      return `the motion from the floor "${motion.title}"`;
  }
}

const effects: Record<Vote['motion']['kind'], { carried: string; defeated: string }> = {
  recommendation: { carried: 'Carried: the recommendation is adopted.', defeated: 'Defeated: the recommendation is rejected.' },
  amendment: { carried: 'Carried: the text is amended.', defeated: 'Defeated: the text is unchanged.' },
  procedural: { carried: 'Carried.', defeated: 'Defeated.' },
  floor: { carried: 'Carried.', defeated: 'Defeated.' },
};

function outcome(vote: Vote): string {
  if (vote.result === 'no_quorum') {
    return `Quorum of ${vote.quorumRequired} not met: the vote decides nothing.`;
  }
  const verdict = effects[vote.motion.kind][vote.result];
  if (vote.votesNeeded === null) return verdict;
  return `${verdict} (${vote.votesNeeded} needed of ${vote.votesCast} cast.)`;
}

/**
 * The paragraph a vote contributes to its meeting's minutes, written from the stored vote so the
 * minutes always say what the ledger says. Category tallies stay out: small counts there could
 * identify a worker in a document that travels.
 */
export function voteMinutesText(vote: Vote): string {
  const counts =
    vote.rule === 'consensus'
      ? `For ${vote.tally.for}, against ${vote.tally.against}, abstaining ${vote.tally.abstain}, blocking ${vote.tally.block}.`
      : `For ${vote.tally.for}, against ${vote.tally.against}, abstaining ${vote.tally.abstain}.`;
  const lines = [
    `Vote on ${motionSubject(vote)}: ${methodWords[vote.method]}, ${ruleWords[vote.rule]}.`,
    ...(vote.mover && vote.seconder ? [`Moved by ${vote.mover.name}, seconded by ${vote.seconder.name}.`] : []),
    `${vote.membersPresent} of ${vote.votingMembers} voting members present (quorum ${vote.quorumRequired}).`,
    counts,
    outcome(vote),
  ];
  if (vote.ballots.length > 0) {
    const byChoice = (['for', 'against', 'abstain', 'block'] as const)
      .map((choice) => ({
        choice,
        names: vote.ballots.filter((ballot) => ballot.choice === choice).map((ballot) => ballot.name),
      }))
      .filter((group) => group.names.length > 0)
      .map((group) => `${choiceWords[group.choice]}: ${group.names.join(', ')}`);
    if (byChoice.length > 0) lines.push(`Roll call. ${byChoice.join('. ')}.`);
  }
  if (vote.note) lines.push(vote.note);
  return lines.join(' ');
}
