import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { useMarkMeetingHeld } from '../meetings/meeting-queries';

/**
 * Meetings whose date has passed but that still say "Planned": each with its roll call is offered
 * as held in one click; the others link to their roll call, which is what is missing.
 */
export function PastMeetingsStillPlanned({ items }: { items: readonly { meeting: Meeting; attendeesPresent: number }[] }) {
  const { t } = useTranslation('dashboard');
  const { t: tm } = useTranslation('meetings');
  const markHeld = useMarkMeetingHeld();
  return (
    <section className="card dashboard-card" aria-labelledby="past-planned-title">
      <h2 id="past-planned-title">{t('pastPlanned.title', { count: items.length })}</h2>
      <ErrorBanner error={markHeld.error} />
      <ul className="dashboard-list" data-testid="past-still-planned">
        {items.map(({ meeting, attendeesPresent }) => (
          <li key={meeting.id}>
            <a href={hrefFor('meetings', meeting.id)}>{meeting.title}</a>
            <span className="muted"> · {formatIsoDate(meeting.heldOn)} · </span>
            {attendeesPresent > 0 ? (
              <button
                type="button"
                disabled={markHeld.isPending}
                aria-label={t('pastPlanned.markHeldNamed', { title: meeting.title })}
                onClick={() => markHeld.mutate({ id: meeting.id })}
              >
                {tm('held.button')}
              </button>
            ) : (
              <a href={hrefFor('meetings', meeting.id, 'attendance')}>{t('pastPlanned.takeRollCall')}</a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
