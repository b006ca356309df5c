import type { VoteSetup } from '../../../../shared/contract/votes';
import type { CategoryTally } from '../../../../shared/domain/vote';
import { liveOutcome, type LiveOutcome } from '../../../../shared/domain/vote-live-outcome';
import type { BallotChoice, DecisionRule, VoteMethod, VoteTally } from '../../../../shared/domain/vote-rules';
import type { StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';

export type TallyText = Record<keyof VoteTally, string>;
export const emptyTallyText: TallyText = { for: '', against: '', abstain: '', block: '' };

export interface VoteFormState {
  recommendationId: string;
  /** The agenda item of kind decision it was taken under; empty when not tied to one. */
  agendaItemId: string;
  method: VoteMethod;
  rule: DecisionRule;
  tally: TallyText;
  ballots: Record<number, BallotChoice>;
  categories: Partial<Record<StakeholderCategory, TallyText>>;
  note: string;
}

/** What is typed, as numbers: an empty box counts as 0; anything not a whole number stays as is, to be flagged. */
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

/** Members not yet answered in a roll call count as not voting, as they will when recorded. */
export function rollCallAnswers(form: VoteFormState, setup: VoteSetup): BallotChoice[] {
  return setup.present.map((member) => form.ballots[member.memberId] ?? 'not_voting');
}

export function formOutcome(form: VoteFormState, setup: VoteSetup): LiveOutcome {
  return liveOutcome(
    {
      method: form.method,
      rule: form.rule,
      tally: tallyFromText(form.tally),
      rollCallAnswers: rollCallAnswers(form, setup),
      categoryTallies: categoryTalliesFromForm(form),
    },
    {
      present: setup.quorum.present,
      presentByCategory: new Map(setup.presentByCategory.map((entry) => [entry.category, entry.count])),
      quorumMet: setup.quorum.met,
    },
  );
}
