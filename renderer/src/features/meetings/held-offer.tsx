import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { MeetingDetail } from '../../../../shared/domain/meeting-detail';
import { formatIsoDate } from '../../i18n/format';
import { BlockedButton } from '../../ui/blocked-button';
import { ErrorBanner } from '../../ui/error-banner';
import { useMarkMeetingHeld } from './meeting-queries';

/**
 * A meeting whose date has passed is still "Planned" until someone says otherwise: offer to record it
 * as held, which needs its roll call (the ledger checks again).
 */
export function HeldOffer({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const markHeld = useMarkMeetingHeld();
  const { meeting, readiness } = detail;
  if (meeting.status !== 'planned' || meeting.heldOn >= todayIsoDate()) return null;
  return (
    <div className="meetings-warning" role="note">
      <p>{t('held.offer', { date: formatIsoDate(meeting.heldOn) })}</p>
      <BlockedButton
        className="button--primary"
        blockedBy={readiness.attendeesPresent === 0 ? t('held.needsRollCall') : null}
        disabled={markHeld.isPending}
        onClick={() => markHeld.mutate({ id: meeting.id })}
      >
        {t('held.button')}
      </BlockedButton>
      <ErrorBanner error={markHeld.error} />
    </div>
  );
}
