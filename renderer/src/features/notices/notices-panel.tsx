import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { MeetingNotices } from '../../../../shared/domain/notices';
import { useOperationMutation } from '../../api/use-operation-mutation';
import { hrefFor } from '../../app/routes';
import { BlockedButton } from '../../ui/blocked-button';
import { ErrorBanner } from '../../ui/error-banner';
import { RedactionHitsPanel } from '../reports/redaction-hits-panel';
import { FallbackLanguageSetting } from './fallback-language-setting';
import { noticeQueries } from './notice-queries';
import { NoticeGroupCard } from './notice-group-card';
import { NoticeLogTable } from './notice-log-table';
import { NotReachedList } from './not-reached-list';
import { useRedactionReview, type RedactionReview } from '../reports/use-redaction-review';

/** The meeting's Notices tab: who is invited in which language, then the texts and files to send. */
export function NoticesPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('notices');
  const notices = useQuery(noticeQueries.forMeeting(meeting.id));
  // The names found in the notices are reviewed as a report's are: one hook, one panel.
  const review = useRedactionReview({
    data: notices.data && { hits: notices.data.redactionHits },
    isPending: notices.isPending,
    refetch: notices.refetch,
  });
  return (
    <section aria-labelledby="notices-title" className="notices-panel">
      <h2 id="notices-title">{t('panel.title')}</h2>
      <p>{t('panel.intro')}</p>
      <ErrorBanner error={notices.error} onRetry={() => void notices.refetch()} />
      {notices.data && (
        <>
          {notices.data.purpose === 'cancellation' && <p className="banner banner--warning">{t('panel.cancelled')}</p>}
          <NoticeStatusLine status={notices.data.status} />
          <FallbackLanguageSetting value={notices.data.fallbackLanguage} />
          <p>
            <a href={hrefFor('meetings', 'notice-texts', meeting.id)}>{t('panel.textsLink')}</a>
          </p>
          {review.hits.length > 0 && (
            <RedactionHitsPanel
              document="meeting_notice"
              hits={review.hits}
              confirmed={review.confirmed}
              onRecheck={review.recheck}
              onConfirm={review.confirm}
              intro={t('panel.redactionIntro')}
            />
          )}
          <PrepareNotices meeting={meeting} notices={notices.data} review={review} />
          {notices.data.groups.map((group) => (
            <NoticeGroupCard
              key={group.language}
              meetingId={meeting.id}
              group={group}
              purpose={notices.data.purpose}
              prepared={notices.data.status.state === 'sent'}
              confirmedHits={review.confirmedHits}
            />
          ))}
          <NotReachedList members={notices.data.notReached} />
          <NoticeLogTable log={notices.data.log} />
        </>
      )}
    </section>
  );
}

function NoticeStatusLine({ status }: { status: MeetingNotices['status'] }) {
  const { t } = useTranslation('notices');
  if (status.state === 'not_sent') return <p>{t('panel.statusNotSent')}</p>;
  if (status.state === 'outdated') return <p className="banner banner--warning">{t('panel.statusOutdated', { at: status.preparedAt })}</p>;
  return <p className="banner banner--success">{t('panel.statusSent', { at: status.preparedAt })}</p>;
}

function PrepareNotices({ meeting, notices, review }: { meeting: Meeting; notices: MeetingNotices; review: RedactionReview }) {
  const { t } = useTranslation('notices');
  const prepare = useOperationMutation('notices.prepare', { changes: ['notices', 'meetings'] });
  const recipients = notices.groups.reduce((sum, group) => sum + group.recipients.length, 0);
  const blockedBy =
    meeting.status === 'held'
      ? t('panel.blockedByHeld')
      : recipients === 0
        ? t('panel.blockedByNobody')
        : review.blockedBy;
  return (
    <>
      {recipients === 0 && <p>{t('panel.noRecipients')}</p>}
      <div className="actions">
        <BlockedButton
          className="button--primary"
          blockedBy={blockedBy}
          disabled={prepare.isPending}
          onClick={() => prepare.mutate({ meetingId: meeting.id, confirmedHits: review.confirmedHits })}
        >
          {prepare.isPending ? t('panel.preparing') : notices.log.length > 0 ? t('panel.prepareAgain') : t('panel.prepare')}
        </BlockedButton>
      </div>
      <ErrorBanner error={prepare.error} />
      {prepare.isSuccess && <p role="status">{t('panel.prepared')}</p>}
    </>
  );
}
