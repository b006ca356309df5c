import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/domain/meeting-detail';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { AgendaEditor } from './agenda-editor';
import { BookingsPanel } from './bookings-panel';
import { LanguageWarnings } from './language-warnings';
import { MinutesPanel } from './minutes-panel';
import { MeetingVotesPanel } from '../recommendations/meeting-votes-panel';
import { MeetingGroupLink } from './meeting-group-link';
import { QuarterLabel } from './quarter-label';
import { RollCall } from './roll-call';
import { meetingTimeZones } from '../../../../shared/domain/time-zones';
import { NoticesPanel } from '../notices/notices-panel';

export const meetingTabs = ['agenda', 'attendance', 'interpretation', 'votes', 'minutes', 'notices'] as const;
export type MeetingTab = (typeof meetingTabs)[number];

export function MeetingPage({ id, tab }: { id: number; tab: MeetingTab }) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const loaded = useOperation('meetings.get', { id });
  const [latest, setLatest] = useState<MeetingDetail>();
  const detail = latest?.meeting.id === id ? latest : loaded.data;
  const refresh = () => {
    setLatest(undefined);
    loaded.reload();
  };

  return (
    <section aria-labelledby="meeting-title">
      <p>
        <a href={hrefFor('meetings')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {detail && (
        <>
          <header className="page-header">
            <h1 id="meeting-title">{detail.meeting.title}</h1>
            <a className="button" href={hrefFor('meetings', id, 'edit')}>
              {tc('actions.edit')}
            </a>
          </header>
          <dl className="facts">
            <dt>{t('fields.kind')}</dt>
            <dd>{t(`kinds.${detail.meeting.kind}`)}</dd>
            {detail.meeting.workingGroupId !== null && (
              <>
                <dt>{t('fields.workingGroupId')}</dt>
                <dd>
                  <MeetingGroupLink groupId={detail.meeting.workingGroupId} />
                </dd>
              </>
            )}
            <dt>{t('fields.when')}</dt>
            <dd>
              {detail.meeting.heldOn} {detail.meeting.startsAt}–{detail.meeting.endsAt} ({meetingTimeZones[detail.meeting.timeZone]})
              {detail.meeting.workerFriendly && <span className="tag">{t('workerFriendlyTag')}</span>}
            </dd>
            <dt>{t('fields.quarter')}</dt>
            <dd>
              <QuarterLabel quarter={detail.meeting.quarter} />
            </dd>
            <dt>{t('fields.where')}</dt>
            <dd>
              {detail.meeting.place ?? tc('none')}
              {detail.meeting.onlineLink && (
                <>
                  {' · '}
                  <a href={detail.meeting.onlineLink} target="_blank" rel="noreferrer noopener">
                    {t('fields.onlineLink')}
                  </a>
                </>
              )}
            </dd>
            <dt>{t('fields.status')}</dt>
            <dd>{t(`statuses.${detail.meeting.status}`)}</dd>
          </dl>
          <LanguageWarnings warnings={detail.readiness.languageWarnings} />
          <nav className="meetings-tabs" aria-label={t('tabs.label')}>
            {meetingTabs.filter((name) => name !== 'votes' || detail.meeting.kind === 'plenary').map((name) => (
              <a key={name} href={hrefFor('meetings', id, name)} aria-current={tab === name ? 'page' : undefined}>
                {t(`tabs.${name}`)}
              </a>
            ))}
          </nav>
          {tab === 'agenda' && <AgendaEditor detail={detail} onChange={setLatest} />}
          {tab === 'attendance' && <RollCall meetingId={id} onChanged={refresh} />}
          {tab === 'interpretation' && (
            <BookingsPanel
              meetingId={id}
              suggestedLanguage={detail.readiness.languageWarnings[0]?.languageCode}
              onChanged={refresh}
            />
          )}
          {tab === 'votes' && <MeetingVotesPanel meetingId={id} />}
          {tab === 'minutes' && <MinutesPanel meeting={detail.meeting} onChanged={refresh} />}
          {tab === 'notices' && <NoticesPanel meeting={detail.meeting} />}
        </>
      )}
    </section>
  );
}
