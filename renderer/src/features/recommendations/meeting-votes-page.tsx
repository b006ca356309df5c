import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { meetingQueries } from '../meetings/meeting-queries';
import { MeetingVotesPanel } from './meeting-votes-panel';

/** #/recommendations/meeting/7[/12]: the votes of a plenary, optionally starting on one recommendation. */
export function MeetingVotesPage({
  meetingId,
  recommendationId,
}: {
  meetingId: number;
  recommendationId?: number | undefined;
}) {
  const { t } = useTranslation('recommendations');
  const meeting = useQuery(meetingQueries.detail(meetingId));
  const title = meeting.data ? `${meeting.data.meeting.title} (${formatIsoDate(meeting.data.meeting.heldOn)})` : '';
  return (
    <section aria-labelledby="meeting-votes-page-title">
      <p>
        {recommendationId ? (
          <a href={hrefFor('recommendations', recommendationId)}>← {t('votes.backToRecommendation')}</a>
        ) : (
          <a href={hrefFor('recommendations')}>← {t('title')}</a>
        )}
      </p>
      <h1 id="meeting-votes-page-title">{t('votes.meetingTitle', { meeting: title })}</h1>
      <ErrorBanner error={meeting.error} onRetry={() => void meeting.refetch()} />
      <MeetingVotesPanel meetingId={meetingId} recommendationId={recommendationId} />
    </section>
  );
}
