import { useEffect } from 'react';
import { useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VoteSetup } from '../../../../shared/contract/votes';
import { voteDraftSchema, type Vote, type VoteDraft } from '../../../../shared/domain/vote';
import { decisionRules, voteMethods } from '../../../../shared/domain/vote-rules';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { CategoryTallies } from './category-tallies';
import { useRecordVote } from './recommendation-queries';
import { RollCallBallots } from './roll-call-ballots';
import { TallyInputs } from './tally-inputs';
import { VoteOutcome } from './vote-outcome';
import { MotionFields, SponsorFields } from './motion-fields';
import { formOutcome, startingVoteForm, voteDraftFromForm, type VoteFormValues } from './vote-form-state';

/** The first message anywhere under a field whose value is an object (the tally, the ballots). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { message } = error as FieldError;
  if (typeof message === 'string') return message;
  for (const nested of Object.values(error)) {
    const found = firstMessage(nested);
    if (found) return found;
  }
  return undefined;
}

/**
 * Recording a vote in a few keystrokes: what is moved and by whom, then the tally boxes with the
 * outcome shown live; Enter records it. Method and rule keep the usual plenary defaults.
 */
export function VoteRecorder({
  setup,
  recommendationId,
  onRecorded,
}: {
  setup: VoteSetup;
  recommendationId?: number | undefined;
  onRecorded: (vote: Vote) => void;
}) {
  const { t } = useTranslation('recommendations');
  const { t: tm } = useTranslation('motions');
  const record = useRecordVote();
  const form = useContractForm({
    schema: voteDraftSchema,
    toInput: (values: VoteFormValues) => voteDraftFromForm(values, setup),
    defaultValues: startingVoteForm(setup, recommendationId),
  });
  const { control, setValue } = form;
  const values = useWatch({ control }) as VoteFormValues;
  const errors = form.formState.errors;
  // A consensus method is decided by the consensus rule: choosing it sets the rule too.
  useEffect(() => {
    if (values.method === 'consensus') form.setValue('rule', 'consensus');
  }, [values.method, form]);

  if (setup.minutesLocked) return <p className="banner">{tm('locked')}</p>;
  if (setup.present.length < 2) return <p className="banner">{tm('noPresent')}</p>;
  const outcome = formOutcome(values, setup);
  const set = <Key extends keyof VoteFormValues>(key: Key, value: VoteFormValues[Key]) =>
    setValue(key, value as never, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });

  async function save(draft: VoteDraft) {
    const { vote } = await record.mutateAsync({ vote: draft });
    // The next motion starts clean; the agenda item, method and rule usually stay the same.
    form.reset({ ...startingVoteForm(setup, undefined), agendaItemId: values.agendaItemId, method: values.method, rule: values.rule });
    onRecorded(vote);
  }

  return (
    <section aria-labelledby="vote-recorder-title" className="card vote-recorder">
      <h2 id="vote-recorder-title">{t('votes.recordTitle')}</h2>
      <p className="muted">
        {t('votes.present', { count: setup.quorum.present, voting: setup.quorum.votingMembers, required: setup.quorum.required })} ·{' '}
        {setup.quorum.met ? t('votes.quorumMet') : t('votes.quorumNotMet')}
      </p>
      <FormFrame
        form={form}
        onSubmit={save}
        error={record.error}
        issuePrefix="vote"
        submitLabel={t('votes.submit')}
        busy={record.isPending}
        label={t('votes.recordTitle')}
      >
        <MotionFields setup={setup} form={form} />
        <SponsorFields setup={setup} form={form} />
        {setup.agendaItems.length > 0 && (
          <FormSelectField
            control={control}
            name="agendaItemId"
            label={tm('agendaItem')}
            options={[
              { value: '', label: tm('noAgendaItem') },
              ...setup.agendaItems.map((item) => ({ value: String(item.id), label: item.title })),
            ]}
          />
        )}
        <div className="vote-recorder__choices">
          <FormSelectField
            control={control}
            name="method"
            label={t('votes.method')}
            options={voteMethods.map((value) => ({ value, label: t(`votes.methods.${value}`) }))}
          />
          <FormSelectField
            control={control}
            name="rule"
            label={t('votes.rule')}
            options={decisionRules.map((value) => ({ value, label: t(`votes.rules.${value}`) }))}
          />
        </div>
        {values.method === 'roll_call' ? (
          <RollCallBallots
            present={setup.present}
            rule={values.rule}
            ballots={values.ballots}
            onChange={(ballots) => set('ballots', ballots)}
            error={firstMessage(errors.ballots)}
          />
        ) : (
          <TallyInputs rule={values.rule} tally={values.tally} onChange={(tally) => set('tally', tally)} error={firstMessage(errors.tally)} />
        )}
        <VoteOutcome outcome={outcome} rule={values.rule} />
        {values.method !== 'roll_call' && (
          <CategoryTallies
            setup={setup}
            rule={values.rule}
            categories={values.categoryTallies}
            onChange={(categoryTallies) => set('categoryTallies', categoryTallies)}
          />
        )}
        <FormTextField control={control} name="note" label={t('votes.note')} />
      </FormFrame>
    </section>
  );
}
