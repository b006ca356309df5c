import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { settingsQueries } from '../settings/settings-queries';
import { RecoveryPage } from './recovery-page';

/**
 * Asks the backend whether the ledger opened before showing the app: a damaged ledger gets the
 * recovery screen, and a ledger in a synced or network folder gets a warning above every screen.
 */
export function LedgerGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation('safety');
  const recovery = useQuery(settingsQueries.recovery());
  if (recovery.data && !recovery.data.available) {
    return <RecoveryPage recovery={recovery.data} onRecovered={() => window.location.reload()} />;
  }
  return (
    <>
      {recovery.data?.storageWarning && (
        <div className="banner banner--error ledger-guard__warning" role="alert">
          <strong>{t('storageWarningTitle')}</strong>
          <p>{recovery.data.storageWarning}</p>
        </div>
      )}
      {children}
    </>
  );
}
