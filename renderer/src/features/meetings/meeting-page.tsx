import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { Tag } from '../../ui/tag';
import { MeetingVotesPanel } from '../recommendations/meeting-votes-panel';
import { AgendaEditor } from './agenda-editor';
import { BookingsPanel } from './bookings-panel';
import { HeldOffer } from './held-offer';
import { LanguageWarnings } from './language-warnings';
import { MeetingGroupLink } from './meeting-group-link';
import { meetingQueries } from './meeting-queries';
import { MinutesPanel } from './minutes-panel';
import { QuarterLabel } from './quarter-label';
import { RollCall } from './roll-call';
import { meetingTimeZones } from '../../../../shared/domain/time-zones';
import { NoticesPanel } from '../notices/notices-panel';

export const meetingTabs = ['agenda', 'attendance', 'interpretation', 'votes', 'minutes', 'notices'] as const;
export type MeetingTab = (typeof meetingTabs)[number];

export function MeetingPage({ id, tab }: { id: number; tab: MeetingTab }) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const loaded = useQuery(meetingQueries.detail(id));
  const detail = loaded.data;

  return (
    <section aria-labelledby="meeting-title">
      <p>
        <a href={hrefFor('meetings')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={loaded.error} onRetry={() => void loaded.refetch()} />
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
              {formatIsoDate(detail.meeting.heldOn)} {detail.meeting.startsAt}–{detail.meeting.endsAt} ({meetingTimeZones[detail.meeting.timeZone]})
              {detail.meeting.workerFriendly && <Tag>{t('workerFriendlyTag')}</Tag>}
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
          <HeldOffer detail={detail} />
          <LanguageWarnings warnings={detail.readiness.languageWarnings} />
          <nav className="meetings-tabs" aria-label={t('tabs.label')}>
            {meetingTabs
              .filter((name) => name !== 'votes' || detail.meeting.kind === 'plenary')
              .map((name) => (
                <a key={name} href={hrefFor('meetings', id, name)} aria-current={tab === name ? 'page' : undefined}>
                  {t(`tabs.${name}`)}
                </a>
              ))}
          </nav>
          {tab === 'agenda' && <AgendaEditor detail={detail} />}
          {tab === 'attendance' && <RollCall meetingId={id} />}
          {tab === 'interpretation' && (
            <BookingsPanel meetingId={id} suggestedLanguage={detail.readiness.languageWarnings[0]?.languageCode} />
          )}
          {tab === 'votes' && <MeetingVotesPanel meetingId={id} />}
          {tab === 'minutes' && <MinutesPanel meeting={detail.meeting} />}
          {tab === 'notices' && <NoticesPanel meeting={detail.meeting} />}
        </>
      )}
    </section>
  );
}
