import type { VoteSetup } from '../../../../shared/contract/votes';
import type { CategoryTally } from '../../../../shared/domain/vote';
import { categoryTallyIssues } from '../../../../shared/domain/vote-category-tallies';
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
} from '../../../../shared/domain/vote-rules';
import type { StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';

export type TallyText = Record<keyof VoteTally, string>;
export const emptyTallyText: TallyText = { for: '', against: '', abstain: '', block: '' };

export interface VoteFormState {
  recommendationId: string;
  method: VoteMethod;
  rule: DecisionRule;
  tally: TallyText;
  ballots: Record<number, BallotChoice>;
  categories: Partial<Record<StakeholderCategory, TallyText>>;
  note: string;
}

/** What is typed, as numbers: an empty box counts as 0; anything else not a whole number is kept as NaN to be flagged. */
export function tallyFromText(text: TallyText): VoteTally {
  const toNumber = (value: string) => (value.trim() === '' ? 0 : Number(value));
  return {
    for: toNumber(text.for),
    against: toNumber(text.against),
    abstain: toNumber(text.abstain),
    block: toNumber(text.block),
  };
}

export function categoryTalliesFromForm(form: VoteFormState): CategoryTally[] {
  return Object.entries(form.categories)
    .filter(([, text]) => text && Object.values(text).some((value) => value.trim() !== ''))
    .map(([category, text]) => ({
      category: category as StakeholderCategory,
      tally: tallyFromText(text ?? emptyTallyText),
    }));
}

export function effectiveTally(form: VoteFormState, setup: VoteSetup): VoteTally {
  if (form.method !== 'roll_call') return tallyFromText(form.tally);
  return tallyFromBallots(setup.present.map((member) => form.ballots[member.memberId] ?? 'not_voting'));
}

export interface LiveOutcome {
  tally: VoteTally;
  issues: TallyIssue[];
  decision: Decision | null;
}

/** The same rules the ledger applies, run as the numbers are typed. */
export function liveOutcome(form: VoteFormState, setup: VoteSetup): LiveOutcome {
  const tally = effectiveTally(form, setup);
  const methodIssue = methodRuleIssue(form.method, form.rule);
  const presentByCategory = new Map(setup.presentByCategory.map((entry) => [entry.category, entry.count]));
  const issues = [
    ...(methodIssue ? [methodIssue] : []),
    ...tallyIssues(form.rule, tally, setup.quorum.present),
    ...(form.method === 'roll_call'
      ? []
      : categoryTallyIssues(form.rule, tally, categoryTalliesFromForm(form), presentByCategory)),
  ];
  const decision = issues.length === 0 ? decide({ rule: form.rule, tally, quorumMet: setup.quorum.met }) : null;
  return { tally, issues, decision };
}
