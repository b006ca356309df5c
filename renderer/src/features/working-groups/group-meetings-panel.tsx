import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';

/** The group's meetings, newest first, each linking to its meeting page. */
export function GroupMeetingsPanel({ groupId }: { groupId: number }) {
  const { t } = useTranslation('workingGroups');
  const { t: tm } = useTranslation('meetings');
  const { data, error, reload } = useOperation('meetings.list', { workingGroupId: groupId });
  return (
    <>
      <h2 id="group-meetings-title">{t('meetings')}</h2>
      <ErrorBanner error={error} onRetry={reload} />
      {data && data.items.length === 0 && <p className="muted">{t('noMeetings')}</p>}
      {data && data.items.length > 0 && (
        <table className="registry-table" aria-labelledby="group-meetings-title">
          <thead>
            <tr>
              <th scope="col">{t('meetingColumns.date')}</th>
              <th scope="col">{t('meetingColumns.title')}</th>
              <th scope="col">{t('meetingColumns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((meeting) => (
              <tr key={meeting.id}>
                <td>{meeting.heldOn}</td>
                <td>
                  <a href={hrefFor('meetings', meeting.id)}>{meeting.title}</a>
                </td>
                <td>{tm(`statuses.${meeting.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
