import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { settingsQueries, useLoadDemo } from '../settings/settings-queries';
import { MeetingsDashboard } from './meetings-dashboard';
import { FundingDueCard } from '../funding/funding-due-card';

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const status = useQuery(settingsQueries.status());
  const loadDemo = useLoadDemo();

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('title')}</h1>
      <ErrorBanner error={status.error} onRetry={() => void status.refetch()} />
      <ErrorBanner error={loadDemo.error} />
      {loadDemo.data && <p role="status">{t('demoLoaded', { count: loadDemo.data.membersCreated })}</p>}
      {status.data && !status.data.isEmpty && <p>{t('members', { count: status.data.memberCount })}</p>}
      {status.data && !status.data.isEmpty && <MeetingsDashboard />}
      {status.data?.isEmpty && (
        <div className="card">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <div className="actions">
            <a className="button" href={hrefFor('members', 'new')}>
              {t('members:add')}
            </a>
            <button type="button" onClick={() => loadDemo.mutate({})} disabled={loadDemo.isPending} aria-busy={loadDemo.isPending}>
              {loadDemo.isPending ? t('loadingDemo') : t('loadDemo')}
            </button>
          </div>
        </div>
      )}
      {status.data?.isEmpty && (
        <div className="dashboard-grid">
          <FundingDueCard />
        </div>
      )}
    </section>
  );
}
