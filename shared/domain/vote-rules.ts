import { z } from 'zod';
import type { ProblemParams } from '../errors';
import type { ProblemReason } from '../problem-reasons';
import '../validation';

/**
 * How a plenary decides, shared by main (which stores the result) and the renderer (which shows the
 * outcome live as the coordinator types the tallies), so both always agree.
 * All arithmetic is on integers: fractions of votes are never computed, only compared by cross-multiplying.
 */

export const voteMethods = ['show_of_hands', 'paper_ballot', 'roll_call', 'consensus'] as const;
export const voteMethodSchema = z.enum(voteMethods);
export type VoteMethod = z.infer<typeof voteMethodSchema>;

export const decisionRules = ['simple_majority', 'two_thirds', 'consensus'] as const;
export const decisionRuleSchema = z.enum(decisionRules);
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

/** What one present member answered; "not_voting" is present but took no part. */
export const ballotChoices = ['for', 'against', 'abstain', 'block', 'not_voting'] as const;
export const ballotChoiceSchema = z.enum(ballotChoices);
export type BallotChoice = z.infer<typeof ballotChoiceSchema>;

export const voteResults = ['carried', 'defeated', 'no_quorum'] as const;
export const voteResultSchema = z.enum(voteResults);
export type VoteResult = z.infer<typeof voteResultSchema>;

const count = z.number().int().min(0);

export const voteTallySchema = z.strictObject({
  for: count,
  against: count,
  abstain: count,
  /** Only a consensus decision has blocks. */
  block: count,
});
export type VoteTally = z.infer<typeof voteTallySchema>;

export const emptyTally: VoteTally = { for: 0, against: 0, abstain: 0, block: 0 };

export interface TallyIssue {
  /** Field of the tally at fault, e.g. "for", or "" for the whole tally. */
  path: string;
  message: string;
  /** What the renderer translates, live as the numbers are typed and when the ledger refuses them. */
  reason: ProblemReason;
  params?: ProblemParams;
}

/** Votes cast: abstentions and blocks are not votes for or against. */
export function votesCast(tally: VoteTally): number {
  return tally.for + tally.against;
}

/** Everyone counted in the tally, which can never be more than the members present. */
export function membersCounted(tally: VoteTally): number {
  return tally.for + tally.against + tally.abstain + tally.block;
}

/**
 * The smallest number of votes "for" that carries the motion with this many votes cast,
 * or null for consensus (which is decided by blocks, not by counting).
 */
export function votesNeededToCarry(rule: DecisionRule, cast: number): number | null {
  switch (rule) {
    case 'simple_majority':
      // More than half: with 10 cast, 6; with 9 cast, 5. A tie (5 of 10) falls short.
      return Math.floor(cast / 2) + 1;
    case 'two_thirds':
      // At least two thirds, rounded up, and never zero: with 9 cast, 6; with 10 cast, 7.
      return Math.max(1, Math.ceil((2 * cast) / 3));
    case 'consensus':
      return null;
  }
}

/** Whether the motion carries on these tallies, assuming quorum; no rule carries on zero support. */
export function carriesUnderRule(rule: DecisionRule, tally: VoteTally): boolean {
  switch (rule) {
    case 'simple_majority':
      return 2 * tally.for > votesCast(tally);
    case 'two_thirds':
      return tally.for > 0 && 3 * tally.for >= 2 * votesCast(tally);
    case 'consensus':
      return tally.block === 0;
  }
}

export interface DecisionInput {
  rule: DecisionRule;
  tally: VoteTally;
  quorumMet: boolean;
}

export interface Decision {
  result: VoteResult;
  votesCast: number;
  votesNeeded: number | null;
}

/** The result a vote records: without quorum it decides nothing, whatever the tallies. */
export function decide({ rule, tally, quorumMet }: DecisionInput): Decision {
  const cast = votesCast(tally);
  const votesNeeded = votesNeededToCarry(rule, cast);
  if (!quorumMet) return { result: 'no_quorum', votesCast: cast, votesNeeded };
  return { result: carriesUnderRule(rule, tally) ? 'carried' : 'defeated', votesCast: cast, votesNeeded };
}

/** Problems with the tallies as entered; an empty list means they can be recorded. */
export function tallyIssues(rule: DecisionRule, tally: VoteTally, membersPresent: number): TallyIssue[] {
  const issues: TallyIssue[] = [];
  for (const field of ['for', 'against', 'abstain', 'block'] as const) {
    const value = tally[field];
    if (!Number.isInteger(value) || value < 0)
      issues.push({ path: field, message: 'must be a whole number, 0 or more', reason: 'vote.wholeNumbers' });
  }
  if (issues.length > 0) return issues;
  if (rule !== 'consensus' && tally.block > 0) {
    issues.push({ path: 'block', message: 'blocks count only under the consensus rule', reason: 'vote.blocksOnlyConsensus' });
  }
  const counted = membersCounted(tally);
  if (counted > membersPresent) {
    issues.push({
      path: '',
      message: `counts ${counted} members but only ${membersPresent} ${membersPresent === 1 ? 'is' : 'are'} present`,
      reason: 'vote.overCounted',
      params: { counted, count: membersPresent },
    });
  }
  return issues;
}

/** Which methods can go with which rule: a consensus method only decides by consensus. */
export function methodRuleIssue(method: VoteMethod, rule: DecisionRule): TallyIssue | null {
  if (method === 'consensus' && rule !== 'consensus') {
    return { path: 'rule', message: 'must be consensus when the method is consensus', reason: 'vote.consensusRule' };
  }
  return null;
}

/** The tallies that follow from a roll call: each present member's answer counted once. */
export function tallyFromBallots(choices: readonly BallotChoice[]): VoteTally {
  const tally = { ...emptyTally };
  for (const choice of choices) {
    if (choice !== 'not_voting') tally[choice] += 1;
  }
  return tally;
}
