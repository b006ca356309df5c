import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKinds, type MeetingKind } from '../../../../shared/domain/meeting';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { QuarterLabel } from './quarter-label';

export function MeetingsListPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const meetings = useOperation('meetings.list', { kind: kind || null });

  return (
    <section aria-labelledby="meetings-title">
      <header className="page-header">
        <h1 id="meetings-title">{t('title')}</h1>
        <a className="button button--primary" href={hrefFor('meetings', 'new')}>
          {t('add')}
        </a>
      </header>
      <div className="meetings-filters">
        <SelectField<MeetingKind | ''>
          label={t('fields.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: '', label: t('allKinds') },
            ...meetingKinds.map((value) => ({ value, label: t(`kinds.${value}`) })),
          ]}
        />
      </div>
      <ErrorBanner error={meetings.error} onRetry={meetings.reload} />
      {meetings.loading && !meetings.data && <p role="status">{tc('actions.loading')}</p>}
      {meetings.data?.items.length === 0 && <p>{t('empty')}</p>}
      {meetings.data && meetings.data.items.length > 0 && (
        <table className="meetings-table">
          <caption className="meetings-visually-hidden">{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.heldOn')}</th>
              <th scope="col">{t('fields.title')}</th>
              <th scope="col">{t('fields.kind')}</th>
              <th scope="col">{t('fields.quarter')}</th>
              <th scope="col">{t('fields.status')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.data.items.map((meeting) => (
              <tr key={meeting.id}>
                <td>
                  {meeting.heldOn} {meeting.startsAt}
                </td>
                <td>
                  <a href={hrefFor('meetings', meeting.id)}>{meeting.title}</a>
                  {meeting.workerFriendly && <span className="tag">{t('workerFriendlyTag')}</span>}
                </td>
                <td>{t(`kinds.${meeting.kind}`)}</td>
                <td>
                  <QuarterLabel quarter={meeting.quarter} />
                </td>
                <td>{t(`statuses.${meeting.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
