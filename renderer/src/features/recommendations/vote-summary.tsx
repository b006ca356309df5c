import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../../shared/domain/vote';
import { formatIsoDate } from '../../i18n/format';

/** One vote as the minutes record it: method, rule, counts, attendance and result. */
export function VoteSummary({ vote, showRecommendation }: { vote: Vote; showRecommendation: boolean }) {
  const { t } = useTranslation('recommendations');
  return (
    <li className={`vote-summary vote-summary--${vote.result}`} data-testid="vote-summary">
      {showRecommendation ? (
        <strong>{vote.recommendationTitle}</strong>
      ) : (
        <strong>{`${vote.meetingTitle} (${formatIsoDate(vote.meetingHeldOn)})`}</strong>
      )}
      {': '}
      <span className="vote-summary__result">{t(`votes.results.${vote.result}`)}</span>
      <p className="muted">
        {t('votes.minutesLine', {
          method: t(`votes.methods.${vote.method}`),
          rule: t(`votes.rules.${vote.rule}`),
          for: vote.tally.for,
          against: vote.tally.against,
          abstain: vote.tally.abstain,
          blocks: vote.rule === 'consensus' ? t('votes.blocks', { count: vote.tally.block }) : '',
          count: vote.membersPresent,
          voting: vote.votingMembers,
        })}
      </p>
      {vote.note && <p className="notes">{vote.note}</p>}
    </li>
  );
}

export function VoteList({ votes, showRecommendation }: { votes: readonly Vote[]; showRecommendation: boolean }) {
  const { t } = useTranslation('recommendations');
  if (votes.length === 0) return <p>{t('votes.none')}</p>;
  return (
    <ul className="vote-list">
      {votes.map((vote) => (
        <VoteSummary key={vote.id} vote={vote} showRecommendation={showRecommendation} />
      ))}
    </ul>
  );
}
