import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { meetingDraftSchema, meetingKinds, meetingStatuses, type Meeting, type MeetingDraft } from '../../../../shared/domain/meeting';
import { meetingTimeZoneIds, meetingTimeZones } from '../../../../shared/domain/time-zones';
import { suggestWorkerFriendly } from '../../../../shared/domain/worker-friendly';
import { hrefFor, navigate } from '../../app/routes';
import { FormFrame } from '../../forms/form-frame';
import { FormCheckboxField, FormSelectField, FormTextField } from '../../forms/form-fields';
import { RecordFormPage } from '../../forms/form-page';
import { useContractForm } from '../../forms/use-contract-form';
import { currentUiLanguage } from '../../i18n';
import { emptyMeetingForm, meetingDraftFromForm, meetingFormFrom } from './meeting-form-state';
import { meetingQueries, useCreateMeeting, useUpdateMeeting } from './meeting-queries';
import { WorkingGroupSelect } from './working-group-select';

/** #/meetings/new and #/meetings/12/edit. */
export function MeetingFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('meetings');
  return (
    <RecordFormPage
      id={id}
      load={meetingQueries.detail}
      newTitle={t('form.newTitle')}
      editTitle={(detail) => t('form.editTitle', { title: detail?.meeting.title ?? '' })}
      form={(detail) => <MeetingForm meeting={detail?.meeting} />}
    />
  );
}

function MeetingForm({ meeting }: { meeting?: Meeting }) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const create = useCreateMeeting();
  const update = useUpdateMeeting();
  const saving = meeting ? update : create;
  const form = useContractForm({
    schema: meetingDraftSchema,
    toInput: meetingDraftFromForm,
    defaultValues: meeting ? meetingFormFrom(meeting) : emptyMeetingForm(),
    serverValues: meeting && meetingFormFrom(meeting),
  });
  const { control } = form;
  const [kind, heldOn, startsAt] = useWatch({ control, name: ['kind', 'heldOn', 'startsAt'] });
  const suggested = heldOn ? suggestWorkerFriendly(heldOn, startsAt) : undefined;

  // A new meeting's worker-friendly box follows the suggestion until the coordinator ticks it themselves.
  useEffect(() => {
    if (!meeting && suggested !== undefined && !form.getFieldState('workerFriendly').isDirty) {
      form.setValue('workerFriendly', suggested);
    }
  }, [meeting, suggested, form]);

  async function save(draft: MeetingDraft) {
    const saved = meeting
      ? await update.mutateAsync({ id: meeting.id, meeting: draft })
      : await create.mutateAsync({ meeting: draft, useTemplate: true, templateLanguage: currentUiLanguage() });
    navigate('meetings', saved.meeting.id);
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={saving.error}
      issuePrefix="meeting"
      submitLabel={tc('actions.save')}
      busy={saving.isPending}
      cancel={{ href: meeting ? hrefFor('meetings', meeting.id) : hrefFor('meetings') }}
    >
      <FormSelectField
        control={control}
        name="kind"
        label={t('fields.kind')}
        options={meetingKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
      />
      {!meeting && kind === 'plenary' && <p className="field__hint">{t('form.templateHint')}</p>}
      {kind === 'working_group' && (
        <WorkingGroupSelect control={control} name="workingGroupId" current={meeting ? String(meeting.workingGroupId ?? '') : ''} />
      )}
      <FormTextField control={control} name="title" label={t('fields.title')} required autoFocus />
      <FormTextField control={control} name="heldOn" type="date" label={t('fields.heldOn')} required />
      <FormTextField control={control} name="startsAt" type="time" label={t('fields.startsAt')} />
      <FormTextField control={control} name="endsAt" type="time" label={t('fields.endsAt')} />
      <FormSelectField
        control={control}
        name="timeZone"
        label={t('fields.timeZone')}
        hint={t('form.timeZoneHint')}
        options={meetingTimeZoneIds.map((zone) => ({ value: zone, label: meetingTimeZones[zone] }))}
      />
      <FormCheckboxField control={control} name="workerFriendly" label={t('fields.workerFriendly')} />
      {suggested !== undefined && (
        <p className="field__hint" role="status">
          {suggested ? t('form.suggestFriendly') : t('form.suggestNotFriendly')}
        </p>
      )}
      <FormTextField control={control} name="place" label={t('fields.place')} />
      <FormTextField control={control} name="onlineLink" type="url" label={t('fields.onlineLink')} />
      <FormSelectField
        control={control}
        name="status"
        label={t('fields.status')}
        options={meetingStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
      />
      <FormTextField control={control} name="notes" label={t('fields.notes')} multiline />
    </FormFrame>
  );
}
