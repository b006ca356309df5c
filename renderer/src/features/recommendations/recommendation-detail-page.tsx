import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetail } from '../../../../shared/contract/recommendations';
import { editProblem } from '../../../../shared/domain/recommendation-lifecycle';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { recommendationQueries } from './recommendation-queries';
import { FollowUpPanel } from './follow-up-panel';
import { RecommendationTrail } from './recommendation-trail';
import { RecommendationVersions } from './recommendation-versions';
import { StatusChangeForm } from './status-change-form';
import { VoteList } from './vote-summary';

/** Where the vote is taken: the plenary it is tabled at, or the one it was deferred to. */
function votingMeeting(detail: RecommendationDetail): { id: number; title: string | null } | null {
  const { recommendation, events } = detail;
  const last = events.filter((event) => event.kind === 'status').at(-1);
  if (recommendation.status === 'tabled' && recommendation.statusMeetingId !== null) {
    return { id: recommendation.statusMeetingId, title: last?.meetingTitle ?? null };
  }
  if (recommendation.status === 'deferred' && recommendation.deferredToMeetingId !== null) {
    return { id: recommendation.deferredToMeetingId, title: last?.deferredToMeetingTitle ?? null };
  }
  return null;
}

export function RecommendationDetailPage({ id }: { id: number }) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const loaded = useQuery(recommendationQueries.detail(id));
  const detail = loaded.data;
  const meeting = detail ? votingMeeting(detail) : null;

  return (
    <section aria-labelledby="recommendation-title" className="recommendation-detail">
      <p>
        <a href={hrefFor('recommendations')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={loaded.error} onRetry={() => void loaded.refetch()} />
      {detail && (
        <>
          <header className="page-header">
            <h1 id="recommendation-title">{detail.recommendation.title}</h1>
            {!editProblem(detail.recommendation.status) && (
              <a className="button" href={hrefFor('recommendations', id, 'edit')}>
                {tc('actions.edit')}
              </a>
            )}
          </header>
          <dl className="facts">
            <dt>{t('detail.status')}</dt>
            <dd data-testid="recommendation-status">{t(`statuses.${detail.recommendation.status}`)}</dd>
            <dt>{t('fields.kind')}</dt>
            <dd>{t(`kinds.${detail.recommendation.kind}`)}</dd>
            <dt>{t('fields.workingGroup')}</dt>
            <dd>{detail.recommendation.workingGroupName ?? tc('none')}</dd>
            <dt>{t('fields.draftedOn')}</dt>
            <dd>{formatIsoDate(detail.recommendation.draftedOn)}</dd>
            {detail.recommendation.implementationStatus && (
              <>
                <dt>{t('detail.implementation')}</dt>
                <dd>{t(`implementation.${detail.recommendation.implementationStatus}`)}</dd>
              </>
            )}
          </dl>
          <h2>{t('detail.text')}</h2>
          <p className="notes">{detail.recommendation.text}</p>
          <RecommendationVersions versions={detail.versions} />
          <h2>{t('detail.rationale')}</h2>
          <p className="notes">{detail.recommendation.rationale ?? t('detail.noRationale')}</p>
          {meeting && (
            <p>
              <a className="button button--primary" href={hrefFor('recommendations', 'meeting', meeting.id, id)}>
                {meeting.title ? t('detail.recordVote', { meeting: meeting.title }) : t('detail.recordVoteAnywhere')}
              </a>
            </p>
          )}
          <StatusChangeForm key={detail.recommendation.status} recommendation={detail.recommendation} />
          {detail.recommendation.status === 'adopted' && <FollowUpPanel detail={detail} />}
          <h2>{t('votes.title')}</h2>
          <VoteList votes={detail.votes} showMeeting />
          <h2>{t('detail.trail')}</h2>
          <RecommendationTrail events={detail.events} />
        </>
      )}
    </section>
  );
}
