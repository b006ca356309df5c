import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../../shared/domain/vote';
import { ErrorBanner } from '../../ui/error-banner';
import { recommendationQueries } from './recommendation-queries';
import { VoteRecorder } from './vote-recorder';
import { VoteList } from './vote-summary';

/**
 * The votes of one meeting: the quick recorder and what has been decided so far. Made to sit on the
 * meeting page; the minutes read the same votes (votes.listForMeeting, shared/domain/vote-minutes.ts).
 */
export function MeetingVotesPanel({ meetingId, recommendationId }: { meetingId: number; recommendationId?: number | undefined }) {
  const { t } = useTranslation('recommendations');
  const setup = useQuery(recommendationQueries.voteSetup(meetingId));
  const votes = useQuery(recommendationQueries.votesAt(meetingId));
  const [lastRecorded, setLastRecorded] = useState<Vote>();
  return (
    <section aria-labelledby="meeting-votes-title" className="meeting-votes">
      <h2 id="meeting-votes-title">{t('votes.title')}</h2>
      <ErrorBanner error={setup.error ?? votes.error} onRetry={() => void Promise.all([setup.refetch(), votes.refetch()])} />
      {lastRecorded && (
        <p className="banner meeting-votes__recorded" role="status">
          {t('votes.recorded', { result: t(`votes.results.${lastRecorded.result}`) })}
        </p>
      )}
      {setup.data && <VoteRecorder setup={setup.data} recommendationId={recommendationId} onRecorded={setLastRecorded} />}
      {votes.data && <VoteList votes={votes.data} showMeeting={false} setup={setup.data} />}
    </section>
  );
}
