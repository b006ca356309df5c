import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { recommendationQueries } from './recommendation-queries';
import { VoteList } from './vote-summary';

/**
 * The votes block of a meeting's minutes, read from the ledger's votes each time, so the minutes
 * always say what was decided and nobody retypes a tally.
 */
export function MinutesVotes({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('recommendations');
  const votes = useQuery(recommendationQueries.votesAt(meetingId));
  if (votes.data?.length === 0) return null;
  return (
    <section aria-labelledby="minutes-votes-title" className="minutes-votes" data-testid="minutes-votes">
      <h3 id="minutes-votes-title">{t('votes.inMinutes')}</h3>
      <ErrorBanner error={votes.error} onRetry={() => void votes.refetch()} />
      {votes.data && <VoteList votes={votes.data} showRecommendation />}
    </section>
  );
}
