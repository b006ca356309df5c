import type { VoteSetup } from '../../../../shared/contract/votes';
import type { CategoryTally, VoteDraftInput } from '../../../../shared/domain/vote';
import { liveOutcome, type LiveOutcome } from '../../../../shared/domain/vote-live-outcome';
import type { BallotChoice, DecisionRule, VoteMethod, VoteTally } from '../../../../shared/domain/vote-rules';
import type { StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import { motionFromForm, startingMotion, type MotionFormValues } from './motion-form-state';

export type TallyText = Record<keyof VoteTally, string>;
export const emptyTallyText: TallyText = { for: '', against: '', abstain: '', block: '' };

/** What the vote form holds; names follow the vote draft's fields so refusals land where they belong. */
export interface VoteFormValues {
  motion: MotionFormValues;
  moverMemberId: string;
  seconderMemberId: string;
  /** The agenda item it was taken under, so the minutes print it there; empty when not tied to one. */
  agendaItemId: string;
  method: VoteMethod;
  rule: DecisionRule;
  tally: TallyText;
  ballots: Record<number, BallotChoice>;
  categoryTallies: Partial<Record<StakeholderCategory, TallyText>>;
  note: string;
}

export function startingVoteForm(setup: VoteSetup, recommendationId: number | undefined): VoteFormValues {
  return {
    motion: startingMotion(setup, recommendationId),
    moverMemberId: '',
    seconderMemberId: '',
    // A plenary usually has one item for recommendations up for decision: start there.
    agendaItemId: setup.decisionItems.length === 1 ? String(setup.decisionItems[0]?.id) : '',
    method: 'show_of_hands',
    rule: 'simple_majority',
    tally: emptyTallyText,
    ballots: {},
    categoryTallies: {},
    note: '',
  };
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

export function categoryTalliesFromForm(form: Pick<VoteFormValues, 'categoryTallies'>): CategoryTally[] {
  return Object.entries(form.categoryTallies)
    .filter(([, text]) => text && Object.values(text).some((value) => value.trim() !== ''))
    .map(([category, text]) => ({
      category: category as StakeholderCategory,
      tally: tallyFromText(text ?? emptyTallyText),
    }));
}

/** Recorded counts as the boxes show them, for a correction to start from. */
export function tallyText(tally: VoteTally): TallyText {
  return { for: String(tally.for), against: String(tally.against), abstain: String(tally.abstain), block: String(tally.block) };
}

/** Members not yet answered in a roll call count as not voting, as they will when recorded. */
export function rollCallAnswers(form: VoteFormValues, setup: VoteSetup): BallotChoice[] {
  return setup.present.map((member) => form.ballots[member.memberId] ?? 'not_voting');
}

/** The vote as the contract reads it: a roll call sends the ballots, any other method its tallies. */
export function voteDraftFromForm(form: VoteFormValues, setup: VoteSetup): VoteDraftInput {
  const rollCall = form.method === 'roll_call';
  return {
    meetingId: setup.meeting.id,
    agendaItemId: form.agendaItemId ? Number(form.agendaItemId) : null,
    motion: motionFromForm(form.motion),
    moverMemberId: (form.moverMemberId ? Number(form.moverMemberId) : undefined) as number,
    seconderMemberId: (form.seconderMemberId ? Number(form.seconderMemberId) : undefined) as number,
    method: form.method,
    rule: form.rule,
    tally: rollCall ? null : tallyFromText(form.tally),
    ballots: rollCall
      ? setup.present.map((member) => ({ memberId: member.memberId, choice: form.ballots[member.memberId] ?? 'not_voting' }))
      : [],
    categoryTallies: rollCall ? [] : categoryTalliesFromForm(form),
    note: form.note,
  };
}

export function formOutcome(form: VoteFormValues, setup: VoteSetup): LiveOutcome {
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
