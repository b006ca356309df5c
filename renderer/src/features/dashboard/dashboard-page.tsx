import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { AppError } from '../../../../shared/errors';
import { hrefFor } from '../../app/routes';
import { MeetingsDashboard } from './meetings-dashboard';

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const status = useOperation('ledger.status', {});
  const [loadingDemo, setLoadingDemo] = useState(false);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<AppError>();

  async function loadDemo() {
    setLoadingDemo(true);
    setError(undefined);
    try {
      const result = await call('ledger.loadDemo', {});
      setMessage(t('demoLoaded', { count: result.membersCreated }));
      status.reload();
    } catch (caught) {
      setError(caught as AppError);
    } finally {
      setLoadingDemo(false);
    }
  }

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('title')}</h1>
      <ErrorBanner error={status.error ?? error} onRetry={status.reload} />
      {message && <p role="status">{message}</p>}
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
            <button type="button" onClick={loadDemo} disabled={loadingDemo} aria-busy={loadingDemo}>
              {loadingDemo ? t('loadingDemo') : t('loadDemo')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
