import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DueDeliverable } from '../../../../shared/domain/funding/agreement-views';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { fundingQueries } from './funding-queries';

/** The Dashboard's list of reports and milestones overdue or due in the next 30 days; on a ledger without agreements, how to start one. */
export function FundingDueCard() {
  const { t } = useTranslation('funding');
  const due = useQuery(fundingQueries.due());
  const nothingDue = due.data !== undefined && due.data.overdue.length === 0 && due.data.dueSoon.length === 0;
  // Only when nothing is due: an empty ledger of agreements says how to start, not that all is well.
  const agreements = useQuery({ ...fundingQueries.list({ search: '', status: null, stream: null }), enabled: nothingDue });
  const noAgreements = nothingDue && agreements.data?.items.length === 0;
  const item = (entry: DueDeliverable, overdue: boolean) => (
    <li key={entry.id}>
      <strong>{entry.description ?? t(`deliverables.kinds.${entry.kind}`)}</strong>
      <span className="muted">
        {' '}
        · <a href={hrefFor('funding', entry.agreementId)}>{entry.agreementTitle}</a>
        {entry.lead && ` (${entry.lead})`} ·{' '}
        <span className={overdue ? 'dashboard-overdue' : undefined}>
          {overdue ? t('dashboard.overdueSince', { date: entry.dueOn }) : t('dashboard.due', { date: entry.dueOn })}
        </span>
      </span>
    </li>
  );
  return (
    <section className="card dashboard-card" aria-labelledby="funding-due-title" data-testid="dashboard-funding-due">
      <h2 id="funding-due-title">{t('dashboard.title')}</h2>
      <ErrorBanner error={due.error} onRetry={() => void due.refetch()} />
      <ErrorBanner error={agreements.error} onRetry={() => void agreements.refetch()} />
      {noAgreements && (
        <>
          <p>{t('dashboard.noAgreements')}</p>
          <a className="button" href={hrefFor('funding', 'new')}>
            {t('dashboard.addAgreement')}
          </a>
        </>
      )}
      {nothingDue && agreements.data && !noAgreements && <p>{t('dashboard.nothing')}</p>}
      {due.data && due.data.overdue.length > 0 && (
        <>
          <h3 className="dashboard-overdue">{t('dashboard.overdue', { count: due.data.overdue.length })}</h3>
          <ul className="dashboard-list">{due.data.overdue.map((entry) => item(entry, true))}</ul>
        </>
      )}
      {due.data && due.data.dueSoon.length > 0 && (
        <>
          <h3>{t('dashboard.dueSoon')}</h3>
          <ul className="dashboard-list">{due.data.dueSoon.map((entry) => item(entry, false))}</ul>
        </>
      )}
    </section>
  );
}
