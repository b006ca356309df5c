import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { MeetingReadiness } from '../../../../shared/domain/meeting-detail';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { LanguageWarnings } from '../meetings/language-warnings';

/** The next planned meeting and what is still to do before it. */
export function NextMeetingCard({ next }: { next: { meeting: Meeting; readiness: MeetingReadiness } | null }) {
  const { t } = useTranslation('dashboard');
  if (!next) {
    return (
      <div className="card dashboard-card" aria-labelledby="next-meeting-title">
        <h2 id="next-meeting-title">{t('nextMeeting.title')}</h2>
        <p>{t('nextMeeting.none')}</p>
        <a className="button" href={hrefFor('meetings', 'new')}>
          {t('meetings:add')}
        </a>
      </div>
    );
  }
  const { meeting, readiness } = next;
  const check = (done: boolean, text: string) => (
    <li className={done ? 'dashboard-check dashboard-check--done' : 'dashboard-check dashboard-check--todo'}>
      <span aria-hidden="true">{done ? '✓' : '!'}</span> {text}
    </li>
  );
  return (
    <section className="card dashboard-card" aria-labelledby="next-meeting-title">
      <h2 id="next-meeting-title">{t('nextMeeting.title')}</h2>
      <p>
        <a href={hrefFor('meetings', meeting.id)}>{meeting.title}</a> · {formatIsoDate(meeting.heldOn)} {meeting.startsAt}
      </p>
      <ul className="dashboard-checklist" aria-label={t('nextMeeting.readiness')}>
        {check(
          readiness.agendaItems > 0 && readiness.timing.overrunMinutes === 0,
          readiness.agendaItems === 0
            ? t('nextMeeting.noAgenda')
            : readiness.timing.overrunMinutes > 0
              ? t('nextMeeting.agendaOverrun', { count: readiness.timing.overrunMinutes })
              : t('nextMeeting.agendaReady', { count: readiness.agendaItems }),
        )}
        {check(
          readiness.unconfirmedBookings === 0 && readiness.languageWarnings.length === 0,
          readiness.unconfirmedBookings > 0
            ? t('nextMeeting.unconfirmed', { count: readiness.unconfirmedBookings })
            : readiness.languageWarnings.length > 0
              ? t('nextMeeting.languagesMissing')
              : t('nextMeeting.bookingsReady'),
        )}
        {check(
          readiness.notices.state === 'sent',
          readiness.notices.state === 'sent'
            ? t('nextMeeting.noticesSent', { at: readiness.notices.preparedAt })
            : readiness.notices.state === 'outdated'
              ? t('nextMeeting.noticesOutdated')
              : t('nextMeeting.noticesNotSent'),
        )}
        {check(
          readiness.packetGenerated,
          readiness.packetGenerated ? t('nextMeeting.packetReady') : t('nextMeeting.packetMissing'),
        )}
      </ul>
      <LanguageWarnings warnings={readiness.languageWarnings} />
    </section>
  );
}
