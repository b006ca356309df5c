import { Fragment } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import { formatIsoDate } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { MinutesVotes } from '../recommendations/minutes-votes';
import { ActionItemsEditor } from './action-items-editor';
import { AmendmentsPanel } from './amendments-panel';
import { meetingQueries, useStartMinutes } from './meeting-queries';
import { MinutesSectionEditor } from './minutes-section-editor';
import { MinutesStatusActions } from './minutes-status-actions';

export function MinutesPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('minutes');
  const loaded = useQuery(meetingQueries.minutes(meeting.id));
  const start = useStartMinutes();
  const minutes = loaded.data;

  return (
    <section aria-labelledby="minutes-title" className="minutes-panel">
      <h2 id="minutes-title">{t('title')}</h2>
      <ErrorBanner error={loaded.error} onRetry={() => void loaded.refetch()} />
      <ErrorBanner error={start.error} />
      {minutes === null && (
        <>
          <p>{t('notStarted')}</p>
          <button
            type="button"
            className="button--primary"
            disabled={start.isPending}
            onClick={() => start.mutate({ meetingId: meeting.id })}
          >
            {t('start')}
          </button>
        </>
      )}
      {minutes && (
        <>
          <p className="minutes-status" data-testid="minutes-status">
            <strong>{t(`statuses.${minutes.status}`)}</strong>
            {minutes.circulatedOn && <> · {t('circulatedOnValue', { date: formatIsoDate(minutes.circulatedOn) })}</>}
            {minutes.approvedAtMeetingTitle && minutes.approvedOn && (
              <> · {t('approvedAtValue', { title: minutes.approvedAtMeetingTitle, date: formatIsoDate(minutes.approvedOn) })}</>
            )}
          </p>
          {minutes.locked && (
            <p className="banner minutes-locked" role="note">
              {t('locked')}
            </p>
          )}
          <MinutesStatusActions meeting={meeting} minutes={minutes} />
          {minutes.sections.map((section) => (
            <Fragment key={section.id}>
              <MinutesSectionEditor
                section={section}
                locked={minutes.locked}
                amendments={minutes.amendments.filter((amendment) => amendment.sectionId === section.id)}
              />
              {section.agendaItemId !== null && (
                <MinutesVotes meetingId={meeting.id} under={{ agendaItemId: section.agendaItemId, heading: section.heading }} />
              )}
            </Fragment>
          ))}
          <MinutesVotes meetingId={meeting.id} under={{ otherThan: minutes.sections.flatMap((section) => (section.agendaItemId === null ? [] : [section.agendaItemId])) }} />
          <ActionItemsEditor minutes={minutes} />
          {minutes.locked && <AmendmentsPanel minutes={minutes} />}
        </>
      )}
    </section>
  );
}
