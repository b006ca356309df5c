import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { meetingQueries } from '../meetings/meeting-queries';

/** The group's meetings, newest first, each linking to its meeting page. */
export function GroupMeetingsPanel({ groupId }: { groupId: number }) {
  const { t } = useTranslation('workingGroups');
  const { t: tm } = useTranslation('meetings');
  const meetings = useQuery(meetingQueries.list({ workingGroupId: groupId }));
  const items = meetings.data?.items ?? [];
  return (
    <>
      <h2 id="group-meetings-title">{t('meetings')}</h2>
      <ErrorBanner error={meetings.error} onRetry={() => void meetings.refetch()} />
      {meetings.data && items.length === 0 && <p className="muted">{t('noMeetings')}</p>}
      {items.length > 0 && (
        <DataTable<Meeting>
          caption={t('meetings')}
          rows={items}
          rowKey={(meeting) => meeting.id}
          columns={[
            { key: 'date', header: t('meetingColumns.date'), cell: (meeting) => formatIsoDate(meeting.heldOn) },
            { key: 'title', header: t('meetingColumns.title'), cell: (meeting) => <a href={hrefFor('meetings', meeting.id)}>{meeting.title}</a> },
            { key: 'status', header: t('meetingColumns.status'), cell: (meeting) => tm(`statuses.${meeting.status}`) },
          ]}
        />
      )}
    </>
  );
}
