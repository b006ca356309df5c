import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backups';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { formatBytes, formatDateTime } from './format-backup';
import { runCommand } from './run-command';
import { BackupFolderForm } from './backup-folder-form';
import { BackupPassphrasePanel } from './backup-passphrase-panel';
import { RestoreConfirmation } from './restore-confirmation';

export function BackupsPanel() {
  const { t } = useTranslation('safety');
  const { t: te } = useTranslation('backupEncryption');
  const list = useOperation('backups.list', {});
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [error, setError] = useState<AppError>();
  const [notice, setNotice] = useState<string>();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  async function backUpNow() {
    setBusy('backup');
    setError(undefined);
    setNotice(undefined);
    const backup = await runCommand(() => call('backups.create', {}), setError);
    if (backup) setNotice(t('backups.backedUp', { name: backup.name }));
    setBusy(null);
    list.reload();
  }

  async function restore(backup: BackupInfo, passphrase: string | undefined) {
    setBusy('restore');
    setError(undefined);
    setNotice(undefined);
    const outcome = await runCommand(() => call('ledger.restoreBackup', { name: backup.name, passphrase }), setError);
    if (outcome) setNotice(t('backups.restored', { date: formatDateTime(backup.takenAt), kept: outcome.keptAs?.name ?? '—' }));
    setBusy(null);
    // A wrong passphrase keeps the dialog open, its message under the field.
    if (outcome) setConfirming(null);
    list.reload();
  }

  const data = list.data;
  const passphraseError = error?.issueFor('passphrase');
  return (
    <section aria-labelledby="backups-title" className="backups">
      <h2 id="backups-title">{t('backups.title')}</h2>
      {data && <p>{t('backups.intro', { minutes: data.intervalMinutes })}</p>}
      <ErrorBanner error={list.error ?? (passphraseError ? undefined : error)} onRetry={list.error ? list.reload : undefined} />
      {data?.lastError && (
        <div className="banner banner--error" role="alert">
          <p>{t('backups.lastError', { message: data.lastError })}</p>
        </div>
      )}
      {data?.withdrawalProblem && (
        <div className="banner banner--error" role="alert">
          <p>{t('backups.withdrawalProblem', { message: data.withdrawalProblem })}</p>
        </div>
      )}
      {notice && (
        <p className="banner backups__notice" role="status">
          {notice}
        </p>
      )}
      {data && <BackupPassphrasePanel encryption={data.encryption} folder={data.folder} defaultFolder={data.defaultFolder} onChanged={list.reload} />}
      {data && <BackupFolderForm folder={data.folder} isDefault={data.isDefaultFolder} onSaved={(folder) => { setNotice(t('backups.folderSaved', { folder })); list.reload(); }} />}
      <div className="actions">
        <button type="button" className="button--primary" onClick={() => void backUpNow()} disabled={busy !== null}>
          {busy === 'backup' ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      {confirming && (
        <RestoreConfirmation
          backup={confirming}
          busy={busy === 'restore'}
          needsPassphrase={confirming.encrypted && (!data?.encryption.unlocked || passphraseError !== undefined)}
          passphraseError={passphraseError}
          onConfirm={(passphrase) => void restore(confirming, passphrase)}
          onCancel={() => {
            setConfirming(null);
            setError(undefined);
          }}
        />
      )}
      {data && data.backups.length === 0 && <p>{t('backups.empty')}</p>}
      {data && data.backups.length > 0 && (
        <table className="backups__table">
          <thead>
            <tr>
              <th scope="col">{t('backups.takenAt')}</th>
              <th scope="col">{t('backups.reason')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">{t('backups.location')}</th>
              <th scope="col">{t('backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.backups.map((backup) => (
              <tr key={`${backup.folder}/${backup.name}`}>
                <td>{formatDateTime(backup.takenAt)}</td>
                <td>{t(`backups.reasons.${backup.reason}`)}</td>
                <td className="backups__size">{formatBytes(backup.sizeBytes)}</td>
                <td className="backups__folder">
                  {backup.folder}
                  {backup.encrypted && <span className="tag">{te('encrypted')}</span>}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => setConfirming(backup)}
                    disabled={busy !== null}
                    aria-label={t('backups.restoreNamed', { date: formatDateTime(backup.takenAt) })}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

