import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { recommendationQueries } from './recommendation-queries';
import { VoteList } from './vote-summary';

/** Which votes a block shows: those taken under one agenda item, or those under none of the sections. */
export type VotesUnder = { agendaItemId: number; heading: string } | { otherThan: readonly number[] };

/**
 * The votes of a meeting as its minutes print them, under the agenda item each was taken at, read
 * from the ledger's votes each time so nobody retypes a tally. Voided votes stay out, as in the .docx.
 */
export function MinutesVotes({ meetingId, under }: { meetingId: number; under: VotesUnder }) {
  const { t } = useTranslation('recommendations');
  const votes = useQuery(recommendationQueries.votesAt(meetingId));
  const shown = (votes.data ?? []).filter(
    (vote) =>
      vote.voided === null &&
      ('agendaItemId' in under ? vote.agendaItemId === under.agendaItemId : (vote.agendaItemId === null || !under.otherThan.includes(vote.agendaItemId))),
  );
  if (!votes.error && shown.length === 0) return null;
  const titleId = `minutes-votes-${'agendaItemId' in under ? under.agendaItemId : 'other'}`;
  return (
    <section aria-labelledby={titleId} className="minutes-votes" data-testid="minutes-votes">
      <h3 id={titleId}>{'agendaItemId' in under ? t('votes.underItem', { item: under.heading }) : t('votes.inMinutes')}</h3>
      <ErrorBanner error={votes.error} onRetry={() => void votes.refetch()} />
      <VoteList votes={shown} showMeeting={false} />
    </section>
  );
}
