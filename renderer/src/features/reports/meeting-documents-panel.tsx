import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract';
import { formatIsoDate } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { meetingQueries } from '../meetings/meeting-queries';
import { MeetingDocumentChooser } from './meeting-document-chooser';

type MeetingChoice = OperationOutput<'meetings.listWithMinutes'>['items'][number];

/**
 * The meeting offered first is the latest one with minutes (what the coordinator usually wants to
 * send); a meeting without minutes is still listed, for its packet or attendance register.
 */
export function defaultMeetingChoice(items: readonly MeetingChoice[]): MeetingChoice | undefined {
  return items.find((item) => item.minutesStatus !== null && item.meeting.status !== 'cancelled') ?? items[0];
}

/** Minutes, plenary packets and attendance registers for one meeting. */
export function MeetingDocumentsPanel() {
  const { t } = useTranslation('reports');
  const { t: tm } = useTranslation('minutes');
  const meetings = useQuery(meetingQueries.withMinutes());
  const [meetingId, setMeetingId] = useState<string>('');
  const items = meetings.data?.items ?? [];
  const chosen = items.find((item) => String(item.meeting.id) === meetingId) ?? defaultMeetingChoice(items);
  const label = (item: MeetingChoice) =>
    `${formatIsoDate(item.meeting.heldOn)} — ${item.meeting.title} (${
      item.minutesStatus ? tm(`statuses.${item.minutesStatus}`) : t('noMinutesShort')
    })`;

  return (
    <section aria-labelledby="reports-meetings" className="reports-panel">
      <h2 id="reports-meetings">{t('meetingDocuments')}</h2>
      <ErrorBanner error={meetings.error} onRetry={() => void meetings.refetch()} />
      {meetings.data && items.length === 0 && <p>{t('noMeetings')}</p>}
      {chosen && (
        <>
          <div className="reports-choices">
            <SelectField<string>
              label={t('meeting')}
              value={String(chosen.meeting.id)}
              options={items.map((item) => ({ value: String(item.meeting.id), label: label(item) }))}
              onChange={setMeetingId}
            />
          </div>
          <MeetingDocumentChooser key={chosen.meeting.id} meeting={chosen.meeting} minutesStatus={chosen.minutesStatus} />
        </>
      )}
    </section>
  );
}
