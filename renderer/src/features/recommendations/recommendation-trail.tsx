import { useTranslation } from 'react-i18next';
import type { RecommendationEvent, RecommendationStatus } from '../../../../shared/domain/recommendation';
import { formatIsoDate } from '../../i18n/format';
import { Tag } from '../../ui/tag';

/** The whole trail, oldest first: each status change, sending, response and implementation step. */
export function RecommendationTrail({ events }: { events: readonly RecommendationEvent[] }) {
  const { t } = useTranslation('recommendations');
  const statusWord = (value: string | null) => (value ? t(`statuses.${value as RecommendationStatus}`) : '');

  function describe(event: RecommendationEvent): string {
    switch (event.kind) {
      case 'status':
        return event.fromValue === null
          ? t('trail.created')
          : t('trail.status', { from: statusWord(event.fromValue), to: statusWord(event.toValue) });
      case 'follow_up_sent':
        return t('trail.followUpSent', { to: event.toValue });
      case 'response_recorded':
        return t('trail.responseRecorded', { to: event.toValue });
      case 'implementation':
        return t('trail.implementation', { to: t(`implementation.${event.toValue as 'in_progress'}`) });
    }
  }

  return (
    <ol className="recommendations-trail" data-testid="recommendation-trail">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.occurredOn}>{formatIsoDate(event.occurredOn)}</time> <strong>{describe(event)}</strong>
          {event.meetingTitle && <> {t('trail.atMeeting', { meeting: event.meetingTitle })}</>}
          {event.deferredToMeetingTitle && <>, {t('trail.deferredTo', { meeting: event.deferredToMeetingTitle })}</>}
          {event.voteId !== null && <Tag>{t('trail.byVote')}</Tag>}
          {event.note && <p className="recommendations-trail__note notes">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
