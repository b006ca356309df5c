import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetail } from '../../../../shared/contract/recommendations';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { Recommendation, RecommendationStatus } from '../../../../shared/domain/recommendation';
import { nextStatuses } from '../../../../shared/domain/recommendation-lifecycle';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';
import { usePlenaryChoices } from './use-recommendation-choices';

/** Offers only the moves the lifecycle allows from the current status; the ledger checks again. */
export function StatusChangeForm({
  recommendation,
  onSaved,
}: {
  recommendation: Recommendation;
  onSaved: (detail: RecommendationDetail) => void;
}) {
  const { t } = useTranslation('recommendations');
  const allowed = nextStatuses[recommendation.status];
  const plenaries = usePlenaryChoices();
  const [to, setTo] = useState<RecommendationStatus>(allowed[0] ?? 'tabled');
  const [on, setOn] = useState(todayIsoDate());
  const [meetingId, setMeetingId] = useState(
    recommendation.deferredToMeetingId ? String(recommendation.deferredToMeetingId) : '',
  );
  const [deferredTo, setDeferredTo] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  if (allowed.length === 0) return <p>{t('change.final', { status: t(`statuses.${recommendation.status}`) })}</p>;
  const choose = [{ value: '', label: t('change.chooseMeeting') }, ...plenaries];
  const fieldError = (field: string) => error?.issueFor(`change.${field}`);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const change = {
        to,
        on,
        meetingId: to === 'draft' || !meetingId ? null : Number(meetingId),
        deferredToMeetingId: to === 'deferred' && deferredTo ? Number(deferredTo) : null,
        note,
      };
      onSaved(await call('recommendations.changeStatus', { id: recommendation.id, change }));
      setNote('');
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={save} noValidate className="form card recommendations-change" aria-labelledby="status-change-title">
      <h2 id="status-change-title">{t('change.title')}</h2>
      <ErrorBanner error={error} />
      <SelectField<RecommendationStatus>
        label={t('change.to')}
        value={to}
        onChange={setTo}
        error={fieldError('to')}
        options={allowed.map((value) => ({ value, label: t(`statuses.${value}`) }))}
      />
      <TextField label={t('change.on')} type="date" value={on} onChange={setOn} error={fieldError('on')} required />
      {to !== 'draft' && (
        <SelectField
          label={t('change.meeting')}
          value={meetingId}
          onChange={setMeetingId}
          error={fieldError('meetingId')}
          options={choose}
        />
      )}
      {to === 'deferred' && (
        <SelectField
          label={t('change.deferredTo')}
          value={deferredTo}
          onChange={setDeferredTo}
          error={fieldError('deferredToMeetingId')}
          options={choose}
        />
      )}
      <TextField label={t('change.note')} value={note} onChange={setNote} error={fieldError('note')} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={saving}>
          {t('change.submit')}
        </button>
      </div>
    </form>
  );
}
