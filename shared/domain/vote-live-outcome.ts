import type { StakeholderCategory } from './stakeholder-categories';
import type { CategoryTally } from './vote';
import { categoryTallyIssues } from './vote-category-tallies';
import {
  decide,
  methodRuleIssue,
  tallyFromBallots,
  tallyIssues,
  type BallotChoice,
  type Decision,
  type DecisionRule,
  type TallyIssue,
  type VoteMethod,
  type VoteTally,
} from './vote-rules';

/** A vote as typed so far: the tally boxes, or for a roll call one answer per member present. */
export interface VoteEntry {
  method: VoteMethod;
  rule: DecisionRule;
  tally: VoteTally;
  rollCallAnswers: readonly BallotChoice[];
  categoryTallies: readonly CategoryTally[];
}

export interface RoomAtVote {
  present: number;
  presentByCategory: ReadonlyMap<StakeholderCategory, number>;
  quorumMet: boolean;
}

export interface LiveOutcome {
  tally: VoteTally;
  issues: TallyIssue[];
  /** Null while something entered would be refused. */
  decision: Decision | null;
}

/** The same checks and rule the ledger applies when the vote is recorded, run as the numbers are typed. */
export function liveOutcome(entry: VoteEntry, room: RoomAtVote): LiveOutcome {
  const rollCall = entry.method === 'roll_call';
  const tally = rollCall ? tallyFromBallots(entry.rollCallAnswers) : entry.tally;
  const methodIssue = methodRuleIssue(entry.method, entry.rule);
  const issues = [
    ...(methodIssue ? [methodIssue] : []),
    ...tallyIssues(entry.rule, tally, room.present),
    ...(rollCall ? [] : categoryTallyIssues(entry.rule, tally, entry.categoryTallies, room.presentByCategory)),
  ];
  const decision = issues.length === 0 ? decide({ rule: entry.rule, tally, quorumMet: room.quorumMet }) : null;
  return { tally, issues, decision };
}
