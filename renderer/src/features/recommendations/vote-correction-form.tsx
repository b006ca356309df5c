import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VoteSetup } from '../../../../shared/contract/votes';
import type { StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import type { Vote } from '../../../../shared/domain/vote';
import {
  voteCorrectionDraftSchema,
  voteVoidDraftSchema,
  type VoteCorrectionDraft,
} from '../../../../shared/domain/vote-correction';
import type { BallotChoice } from '../../../../shared/domain/vote-rules';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { CategoryTallies } from './category-tallies';
import { useCorrectVote, useVoidVote } from './recommendation-queries';
import { RollCallBallots } from './roll-call-ballots';
import { TallyInputs } from './tally-inputs';
import { categoryTalliesFromForm, tallyFromText, tallyText, type TallyText } from './vote-form-state';

interface CorrectionFormValues {
  tally: TallyText;
  ballots: Record<number, BallotChoice>;
  categoryTallies: Partial<Record<StakeholderCategory, TallyText>>;
  reason: string;
}

function startingCorrection(vote: Vote): CorrectionFormValues {
  return {
    tally: tallyText(vote.tally),
    ballots: Object.fromEntries(vote.ballots.map((ballot) => [ballot.memberId, ballot.choice])),
    categoryTallies: Object.fromEntries(vote.categoryTallies.map((entry) => [entry.category, tallyText(entry.tally)])),
    reason: '',
  };
}

/**
 * A recorded vote's counts fixed, with the reason, starting from what was recorded. The result is
 * worked out again by the ledger with the vote's own rule and quorum; the method stays as it was.
 */
export function VoteCorrectionForm({ vote, setup, onDone }: { vote: Vote; setup: VoteSetup; onDone: () => void }) {
  const { t } = useTranslation('motions');
  const correct = useCorrectVote();
  const rollCall = vote.method === 'roll_call';
  const form = useContractForm({
    schema: voteCorrectionDraftSchema,
    toInput: (values: CorrectionFormValues) =>
      rollCall
        ? {
            tally: null,
            ballots: vote.ballots.map((ballot) => ({ memberId: ballot.memberId, choice: values.ballots[ballot.memberId] ?? 'not_voting' })),
            categoryTallies: [],
            reason: values.reason,
          }
        : { tally: tallyFromText(values.tally), ballots: [], categoryTallies: categoryTalliesFromForm(values), reason: values.reason },
    defaultValues: startingCorrection(vote),
  });
  const values = useWatch({ control: form.control }) as CorrectionFormValues;
  const set = <Key extends keyof CorrectionFormValues>(key: Key, value: CorrectionFormValues[Key]) =>
    form.setValue(key, value as never, { shouldDirty: true });

  async function save(correction: VoteCorrectionDraft) {
    await correct.mutateAsync({ voteId: vote.id, correction });
    onDone();
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={correct.error}
      issuePrefix="correction"
      submitLabel={t('saveCorrection')}
      busy={correct.isPending}
      label={t('correctTitle')}
      cancel={{ onClick: onDone }}
      className="form card vote-correction"
    >
      {rollCall ? (
        <RollCallBallots present={vote.ballots} rule={vote.rule} ballots={values.ballots} onChange={(ballots) => set('ballots', ballots)} />
      ) : (
        <>
          <TallyInputs rule={vote.rule} tally={values.tally} onChange={(tally) => set('tally', tally)} />
          <CategoryTallies
            setup={setup}
            rule={vote.rule}
            categories={values.categoryTallies}
            onChange={(categoryTallies) => set('categoryTallies', categoryTallies)}
          />
        </>
      )}
      <FormTextField control={form.control} name="reason" label={t('reason')} hint={t('reasonHint')} multiline />
    </FormFrame>
  );
}

/** Voiding asks only for the reason: what the vote decided is undone by the ledger. */
export function VoteVoidForm({ vote, onDone }: { vote: Vote; onDone: () => void }) {
  const { t } = useTranslation('motions');
  const voidVote = useVoidVote();
  const form = useContractForm({
    schema: voteVoidDraftSchema,
    toInput: (values: { reason: string }) => values,
    defaultValues: { reason: '' },
  });
  async function save({ reason }: { reason: string }) {
    await voidVote.mutateAsync({ voteId: vote.id, reason });
    onDone();
  }
  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={voidVote.error}
      submitLabel={t('confirmVoid')}
      busy={voidVote.isPending}
      label={t('voidTitle')}
      cancel={{ onClick: onDone }}
      className="form card vote-correction"
    >
      <FormTextField control={form.control} name="reason" label={t('reason')} hint={t('reasonHint')} multiline autoFocus />
    </FormFrame>
  );
}
