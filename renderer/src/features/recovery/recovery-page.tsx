import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract';
import { formatDateTime } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { formatBytes } from '../settings/format-backup';
import { useRestoreInRecovery } from '../settings/settings-queries';

type Recovery = OperationOutput<'ledger.recovery'>;

/** Shown instead of the app when the ledger cannot be opened: the way back is a checked backup. */
export function RecoveryPage({ recovery, onRecovered }: { recovery: Recovery; onRecovered: () => void }) {
  const { t } = useTranslation('recovery');
  const { t: ts } = useTranslation('safety');
  const restoreBackup = useRestoreInRecovery();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState<string>();
  const busy = restoreBackup.isPending ? restoring : null;

  function restore(name: string, takenAt: string) {
    setRestoring(name);
    restoreBackup.mutate(
      { name },
      { onSuccess: (outcome) => setRestored(t('restored', { date: formatDateTime(takenAt), aside: outcome.setAsideAs ?? '—' })) },
    );
  }

  return (
    <main className="recovery content" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl className="facts">
        <dt>{t('problem')}</dt>
        <dd>{recovery.message}</dd>
        <dt>{t('file')}</dt>
        <dd>{recovery.ledgerPath}</dd>
      </dl>
      <ErrorBanner error={restoreBackup.error} />
      {restored ? (
        <div role="status">
          <p>{restored}</p>
          <button type="button" className="button--primary" onClick={onRecovered} autoFocus>
            {t('continue')}
          </button>
        </div>
      ) : (
        <>
          <h2>{t('backupsTitle')}</h2>
          {recovery.backups.length === 0 ? (
            <p>{t('noBackups')}</p>
          ) : (
            <ul className="recovery__backups">
              {recovery.backups.map((backup) => (
                <li key={`${backup.folder}/${backup.name}`} className="card">
                  <p>
                    <strong>{formatDateTime(backup.takenAt)}</strong> · {ts(`backups.reasons.${backup.reason}`)} · {formatBytes(backup.sizeBytes)}
                  </p>
                  <p className="muted">{backup.folder}</p>
                  <button
                    type="button"
                    className="button--primary"
                    disabled={busy !== null}
                    onClick={() => restore(backup.name, backup.takenAt)}
                    aria-label={t('restoreNamed', { date: formatDateTime(backup.takenAt) })}
                  >
                    {busy === backup.name ? t('restoring') : t('restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}
