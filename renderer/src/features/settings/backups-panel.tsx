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

function RestoreConfirmation({ backup, busy, onConfirm, onCancel }: { backup: BackupInfo; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('safety');
  const { t: tc } = useTranslation();
  const date = formatDateTime(backup.takenAt);
  return (
    <div className="card backups__confirm" role="alertdialog" aria-labelledby="restore-confirm-title" aria-describedby="restore-confirm-body">
      <h3 id="restore-confirm-title">{t('backups.confirmTitle', { date })}</h3>
      <p id="restore-confirm-body">{t('backups.confirmBody', { date })}</p>
      <div className="actions">
        <button type="button" className="button--primary" onClick={onConfirm} disabled={busy} autoFocus>
          {busy ? t('backups.restoring') : t('backups.confirmRestore')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {tc('actions.cancel')}
        </button>
      </div>
    </div>
  );
}

export function BackupsPanel() {
  const { t } = useTranslation('safety');
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

  async function restore(backup: BackupInfo) {
    setBusy('restore');
    setError(undefined);
    setNotice(undefined);
    const outcome = await runCommand(() => call('ledger.restoreBackup', { name: backup.name }), setError);
    if (outcome) setNotice(t('backups.restored', { date: formatDateTime(backup.takenAt), kept: outcome.keptAs?.name ?? '—' }));
    setBusy(null);
    setConfirming(null);
    list.reload();
  }

  const data = list.data;
  return (
    <section aria-labelledby="backups-title" className="backups">
      <h2 id="backups-title">{t('backups.title')}</h2>
      {data && <p>{t('backups.intro', { minutes: data.intervalMinutes })}</p>}
      <ErrorBanner error={list.error ?? error} onRetry={list.error ? list.reload : undefined} />
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
      {data && <BackupFolderForm folder={data.folder} isDefault={data.isDefaultFolder} onSaved={(folder) => { setNotice(t('backups.folderSaved', { folder })); list.reload(); }} />}
      <div className="actions">
        <button type="button" className="button--primary" onClick={() => void backUpNow()} disabled={busy !== null}>
          {busy === 'backup' ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      {confirming && (
        <RestoreConfirmation backup={confirming} busy={busy === 'restore'} onConfirm={() => void restore(confirming)} onCancel={() => setConfirming(null)} />
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
                <td className="backups__folder">{backup.folder}</td>
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

