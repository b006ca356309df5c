import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/domain/minutes';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';

/** Action items stay here until someone marks them done. */
export function OpenActionItems({ items }: { items: readonly ActionItem[] }) {
  const { t } = useTranslation('dashboard');
  const today = todayIsoDate();
  return (
    <section className="card dashboard-card" aria-labelledby="open-actions-title">
      <h2 id="open-actions-title">{t('actionItems.title', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p>{t('actionItems.none')}</p>
      ) : (
        <ul className="dashboard-list" data-testid="dashboard-action-items">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.description}</strong>
              <span className="muted">
                {' '}
                · {item.owner ?? t('actionItems.noOwner')}
                {item.dueOn && (
                  <span className={item.dueOn < today ? 'dashboard-overdue' : undefined}>
                    {' '}
                    ·{' '}
                    {item.dueOn < today
                      ? t('actionItems.overdue', { date: formatIsoDate(item.dueOn) })
                      : t('actionItems.due', { date: formatIsoDate(item.dueOn) })}
                  </span>
                )}{' '}
                · <a href={hrefFor('meetings', item.meetingId, 'minutes')}>{item.meetingTitle}</a>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
