import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKinds, meetingStatuses } from '../../../../shared/domain/meeting';
import { suggestWorkerFriendly } from '../../../../shared/domain/worker-friendly';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { hrefFor, navigate } from '../../app/routes';
import { currentUiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';
import { CheckboxField, SelectField, TextField } from '../../ui/fields';
import { meetingTimeZoneIds, meetingTimeZones, type MeetingTimeZone } from '../../../../shared/domain/time-zones';
import {
  draftFromMeetingForm,
  emptyMeetingForm,
  formFromMeeting,
  withField,
  type MeetingFormState,
} from './meeting-form-state';
import { WorkingGroupSelect } from './working-group-select';
import { toAppError } from '../../api/to-app-error';

export function MeetingFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState<MeetingFormState>(emptyMeetingForm);
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (id === undefined) return;
    call('meetings.get', { id }).then(
      (detail) => setForm(formFromMeeting(detail.meeting)),
      (caught: unknown) => setError(caught as AppError),
    );
  }, [id]);

  const update =
    <Key extends keyof MeetingFormState>(key: Key) =>
    (value: MeetingFormState[Key]) =>
      setForm((previous) => withField(previous, key, value));
  const fieldError = (field: string) => error?.issueFor(`meeting.${field}`);
  const suggested = form.heldOn ? suggestWorkerFriendly(form.heldOn, form.startsAt) : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const meeting = draftFromMeetingForm(form);
      const saved =
        id === undefined
          ? await call('meetings.create', { meeting, useTemplate: true, templateLanguage: currentUiLanguage() })
          : await call('meetings.update', { id, meeting });
      navigate('meetings', saved.meeting.id);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="meeting-form-title">
      <h1 id="meeting-form-title">
        {id === undefined ? t('form.newTitle') : t('form.editTitle', { title: form.title })}
      </h1>
      {(error?.issues.length ?? 0) > 0 ? (
        <p className="banner banner--error" role="alert">
          {tc('errors.fixFields')}
        </p>
      ) : (
        <ErrorBanner error={error} />
      )}
      <form onSubmit={save} noValidate className="form">
        <SelectField
          label={t('fields.kind')}
          value={form.kind}
          onChange={update('kind')}
          options={meetingKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        />
        {id === undefined && form.kind === 'plenary' && <p className="field__hint">{t('form.templateHint')}</p>}
        {form.kind === 'working_group' && (
          <WorkingGroupSelect
            value={form.workingGroupId}
            onChange={update('workingGroupId')}
            error={fieldError('workingGroupId')}
          />
        )}
        <TextField
          label={t('fields.title')}
          value={form.title}
          onChange={update('title')}
          error={fieldError('title')}
          required
          autoFocus
        />
        <TextField
          label={t('fields.heldOn')}
          type="date"
          value={form.heldOn}
          onChange={update('heldOn')}
          error={fieldError('heldOn')}
          required
        />
        <TextField
          label={t('fields.startsAt')}
          type="time"
          value={form.startsAt}
          onChange={update('startsAt')}
          error={fieldError('startsAt')}
        />
        <TextField
          label={t('fields.endsAt')}
          type="time"
          value={form.endsAt}
          onChange={update('endsAt')}
          error={fieldError('endsAt')}
        />
        <SelectField<MeetingTimeZone>
          label={t('fields.timeZone')}
          value={form.timeZone}
          onChange={update('timeZone')}
          options={meetingTimeZoneIds.map((zone) => ({ value: zone, label: meetingTimeZones[zone] }))}
          hint={t('form.timeZoneHint')}
        />
        <CheckboxField
          label={t('fields.workerFriendly')}
          checked={form.workerFriendly}
          onChange={update('workerFriendly')}
        />
        {suggested !== undefined && (
          <p className="field__hint" role="status">
            {suggested ? t('form.suggestFriendly') : t('form.suggestNotFriendly')}
          </p>
        )}
        <TextField
          label={t('fields.place')}
          value={form.place}
          onChange={update('place')}
          error={fieldError('place')}
        />
        <TextField
          label={t('fields.onlineLink')}
          type="url"
          value={form.onlineLink}
          onChange={update('onlineLink')}
          error={fieldError('onlineLink')}
        />
        <SelectField
          label={t('fields.status')}
          value={form.status}
          onChange={update('status')}
          options={meetingStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        />
        <TextField
          label={t('fields.notes')}
          value={form.notes}
          onChange={update('notes')}
          error={fieldError('notes')}
          multiline
        />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving} aria-busy={saving}>
            {tc('actions.save')}
          </button>
          <a className="button" href={id === undefined ? hrefFor('meetings') : hrefFor('meetings', id)}>
            {tc('actions.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
