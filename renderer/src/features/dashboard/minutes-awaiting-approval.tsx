import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';

interface AwaitingMinutes {
  minutesId: number;
  meetingId: number;
  meetingTitle: string;
  heldOn: string;
  status: 'draft' | 'circulated' | 'approved';
  circulatedOn: string | null;
}

export function MinutesAwaitingApproval({ items }: { items: readonly AwaitingMinutes[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="card dashboard-card" aria-labelledby="awaiting-minutes-title">
      <h2 id="awaiting-minutes-title">{t('awaitingMinutes.title')}</h2>
      {items.length === 0 ? (
        <p>{t('awaitingMinutes.none')}</p>
      ) : (
        <ul className="dashboard-list">
          {items.map((item) => (
            <li key={item.minutesId}>
              <a href={hrefFor('meetings', item.meetingId, 'minutes')}>{item.meetingTitle}</a>
              <span className="muted">
                {' '}
                · {formatIsoDate(item.heldOn)} ·{' '}
                {item.status === 'circulated' && item.circulatedOn
                  ? t('awaitingMinutes.circulated', { date: formatIsoDate(item.circulatedOn) })
                  : t('awaitingMinutes.draft')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
