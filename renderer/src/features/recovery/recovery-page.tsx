import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract';
import { describeIssue } from '../../errors/describe-error';
import { formatDateTime } from '../../i18n/format';
import { ErrorBanner } from '../../ui/error-banner';
import { formatBytes } from '../settings/format-backup';
import { PassphraseField } from '../settings/passphrase-field';
import { useRestoreInRecovery } from '../settings/settings-queries';

type Recovery = OperationOutput<'ledger.recovery'>;

/** Shown instead of the app when the ledger cannot be opened: the way back is a checked backup. */
export function RecoveryPage({ recovery, onRecovered }: { recovery: Recovery; onRecovered: () => void }) {
  const { t, i18n } = useTranslation('recovery');
  const { t: ts } = useTranslation('safety');
  const { t: te } = useTranslation('backupEncryption');
  const restoreBackup = useRestoreInRecovery();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState<string>();
  // Encrypted backups on a drive need their passphrase: after a start it is not in memory yet.
  const [passphrase, setPassphrase] = useState('');
  const anyEncrypted = recovery.backups.some((backup) => backup.encrypted);
  const busy = restoreBackup.isPending ? restoring : null;
  const passphraseIssue = restoreBackup.error?.issues.find((issue) => issue.path === 'passphrase');

  function restore(name: string, takenAt: string, encrypted: boolean) {
    setRestoring(name);
    restoreBackup.mutate(
      { name, passphrase: encrypted && passphrase !== '' ? passphrase : undefined },
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
      <ErrorBanner error={passphraseIssue ? undefined : restoreBackup.error} />
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
          {anyEncrypted && (
            <PassphraseField
              label={te('restorePassphrase')}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
              hint={te('recoveryPassphraseHint')}
              error={passphraseIssue && describeIssue(i18n, passphraseIssue)}
            />
          )}
          {recovery.backups.length === 0 ? (
            <p>{t('noBackups')}</p>
          ) : (
            <ul className="recovery__backups">
              {recovery.backups.map((backup) => (
                <li key={`${backup.folder}/${backup.name}`} className="card">
                  <p>
                    <strong>{formatDateTime(backup.takenAt)}</strong> · {ts(`backups.reasons.${backup.reason}`)} · {formatBytes(backup.sizeBytes)}
                    {backup.encrypted && <span className="tag">{te('encrypted')}</span>}
                  </p>
                  <p className="muted">{backup.folder}</p>
                  <button
                    type="button"
                    className="button--primary"
                    disabled={busy !== null}
                    onClick={() => restore(backup.name, backup.takenAt, backup.encrypted)}
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
