import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSetup } from '../../../../shared/contract/votes';
import type { Vote } from '../../../../shared/domain/vote';
import { decisionRules, voteMethods, type DecisionRule, type VoteMethod } from '../../../../shared/domain/vote-rules';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';
import { CategoryTallies } from './category-tallies';
import { RollCallBallots } from './roll-call-ballots';
import { TallyInputs } from './tally-inputs';
import { VoteOutcome } from './vote-outcome';
import {
  categoryTalliesFromForm,
  emptyTallyText,
  formOutcome,
  tallyFromText,
  type VoteFormState,
} from './vote-form-state';

interface VoteRecorderProps {
  setup: VoteSetup;
  recommendationId?: number | undefined;
  onRecorded: (vote: Vote) => void;
}

/**
 * Recording a vote in a few keystrokes: the tally boxes come first and the outcome is shown live;
 * Enter records it. Method and rule keep the usual plenary defaults.
 */
export function VoteRecorder({ setup, recommendationId, onRecorded }: VoteRecorderProps) {
  const { t } = useTranslation('recommendations');
  const first = setup.recommendations.find((item) => item.id === recommendationId) ?? setup.recommendations[0];
  const [form, setForm] = useState<VoteFormState>({
    recommendationId: first ? String(first.id) : '',
    // A plenary usually has one item for recommendations up for decision: start there.
    agendaItemId: setup.decisionItems.length === 1 ? String(setup.decisionItems[0]?.id) : '',
    method: 'show_of_hands',
    rule: 'simple_majority',
    tally: emptyTallyText,
    ballots: {},
    categories: {},
    note: '',
  });
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  if (setup.recommendations.length === 0) return <p>{t('votes.noneUpForDecision')}</p>;
  const outcome = formOutcome(form, setup);
  const set = (changes: Partial<VoteFormState>) => setForm((previous) => ({ ...previous, ...changes }));
  const chooseMethod = (method: VoteMethod) => set(method === 'consensus' ? { method, rule: 'consensus' } : { method });

  async function record(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const rollCall = form.method === 'roll_call';
      const { vote } = await call('votes.record', {
        vote: {
          meetingId: setup.meeting.id,
          agendaItemId: form.agendaItemId ? Number(form.agendaItemId) : null,
          recommendationId: Number(form.recommendationId),
          method: form.method,
          rule: form.rule,
          tally: rollCall ? null : tallyFromText(form.tally),
          ballots: rollCall
            ? setup.present.map((member) => ({
                memberId: member.memberId,
                choice: form.ballots[member.memberId] ?? 'not_voting',
              }))
            : [],
          categoryTallies: rollCall ? [] : categoryTalliesFromForm(form),
          note: form.note,
        },
      });
      set({ tally: emptyTallyText, ballots: {}, categories: {}, note: '' });
      onRecorded(vote);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={record} noValidate className="form card vote-recorder" aria-labelledby="vote-recorder-title">
      <h2 id="vote-recorder-title">{t('votes.recordTitle')}</h2>
      <p className="muted">
        {t('votes.present', {
          present: setup.quorum.present,
          voting: setup.quorum.votingMembers,
          required: setup.quorum.required,
        })}{' '}
        · {setup.quorum.met ? t('votes.quorumMet') : t('votes.quorumNotMet')}
      </p>
      <ErrorBanner error={error} />
      <SelectField
        label={t('votes.recommendation')}
        value={form.recommendationId}
        onChange={(recommendationId) => set({ recommendationId })}
        error={error?.issueFor('vote.recommendationId')}
        options={setup.recommendations.map((item) => ({
          value: String(item.id),
          label: `${item.title} (${t(`statuses.${item.status}`)})`,
        }))}
      />
      {setup.decisionItems.length > 0 && (
        <SelectField
          label={t('votes.agendaItem')}
          value={form.agendaItemId}
          onChange={(agendaItemId) => set({ agendaItemId })}
          error={error?.issueFor('vote.agendaItemId')}
          options={[
            { value: '', label: t('votes.noAgendaItem') },
            ...setup.decisionItems.map((item) => ({ value: String(item.id), label: item.title })),
          ]}
        />
      )}
      <div className="vote-recorder__choices">
        <SelectField<VoteMethod>
          label={t('votes.method')}
          value={form.method}
          onChange={chooseMethod}
          options={voteMethods.map((value) => ({ value, label: t(`votes.methods.${value}`) }))}
        />
        <SelectField<DecisionRule>
          label={t('votes.rule')}
          value={form.rule}
          onChange={(rule) => set({ rule })}
          error={error?.issueFor('vote.rule')}
          options={decisionRules.map((value) => ({ value, label: t(`votes.rules.${value}`) }))}
        />
      </div>
      {form.method === 'roll_call' ? (
        <RollCallBallots
          setup={setup}
          rule={form.rule}
          ballots={form.ballots}
          onChange={(ballots) => set({ ballots })}
          error={error?.issueFor('vote.ballots')}
        />
      ) : (
        <TallyInputs
          rule={form.rule}
          tally={form.tally}
          onChange={(tally) => set({ tally })}
          error={error?.issueFor('vote.tally')}
        />
      )}
      <VoteOutcome outcome={outcome} rule={form.rule} />
      {form.method !== 'roll_call' && (
        <CategoryTallies
          setup={setup}
          rule={form.rule}
          categories={form.categories}
          onChange={(categories) => set({ categories })}
        />
      )}
      <TextField label={t('votes.note')} value={form.note} onChange={(note) => set({ note })} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={saving}>
          {t('votes.submit')}
        </button>
      </div>
    </form>
  );
}
