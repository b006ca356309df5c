import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { statusChangeSchema, type Recommendation, type RecommendationStatus } from '../../../../shared/domain/recommendation';
import { nextStatuses } from '../../../../shared/domain/recommendation-lifecycle';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { useChangeRecommendationStatus } from './recommendation-queries';
import { usePlenaryChoices } from './use-recommendation-choices';

type ChangeValues = { to: RecommendationStatus; on: string; meetingId: string; deferredToMeetingId: string; note: string };

/** A meeting is named for every move but the group taking its draft back; a later plenary only when deferring. */
const changeFrom = (values: ChangeValues) => ({
  to: values.to,
  on: values.on,
  meetingId: values.to === 'draft' || !values.meetingId ? null : Number(values.meetingId),
  deferredToMeetingId: values.to === 'deferred' && values.deferredToMeetingId ? Number(values.deferredToMeetingId) : null,
  note: values.note,
});

/** Offers only the moves the lifecycle allows from the current status; the ledger checks again. */
export function StatusChangeForm({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation('recommendations');
  const allowed = nextStatuses[recommendation.status];
  const plenaries = usePlenaryChoices();
  const change = useChangeRecommendationStatus();
  const form = useContractForm({
    schema: statusChangeSchema,
    toInput: changeFrom,
    defaultValues: {
      to: allowed[0] ?? 'tabled',
      on: todayIsoDate(),
      meetingId: recommendation.deferredToMeetingId ? String(recommendation.deferredToMeetingId) : '',
      deferredToMeetingId: '',
      note: '',
    },
  });
  const to = useWatch({ control: form.control, name: 'to' });

  if (allowed.length === 0) return <p>{t('change.final', { status: t(`statuses.${recommendation.status}`) })}</p>;
  const choose = [{ value: '', label: t('change.chooseMeeting') }, ...plenaries];
  return (
    <section aria-labelledby="status-change-title" className="card recommendations-change">
      <h2 id="status-change-title">{t('change.title')}</h2>
      <FormFrame
        form={form}
        onSubmit={(statusChange) => change.mutateAsync({ id: recommendation.id, change: statusChange })}
        error={change.error}
        issuePrefix="change"
        submitLabel={t('change.submit')}
        busy={change.isPending}
        label={t('change.title')}
      >
        <FormSelectField
          control={form.control}
          name="to"
          label={t('change.to')}
          options={allowed.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        />
        <FormTextField control={form.control} name="on" type="date" label={t('change.on')} required />
        {to !== 'draft' && <FormSelectField control={form.control} name="meetingId" label={t('change.meeting')} options={choose} />}
        {to === 'deferred' && (
          <FormSelectField control={form.control} name="deferredToMeetingId" label={t('change.deferredTo')} options={choose} />
        )}
        <FormTextField control={form.control} name="note" label={t('change.note')} />
      </FormFrame>
    </section>
  );
}
