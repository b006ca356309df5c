import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
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
  const meeting = useOperation('meetings.get', { id: meetingId });
  const title = meeting.data ? `${meeting.data.meeting.title} (${meeting.data.meeting.heldOn})` : '';
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
      <ErrorBanner error={meeting.error} onRetry={meeting.reload} />
      <MeetingVotesPanel meetingId={meetingId} recommendationId={recommendationId} />
    </section>
  );
}
