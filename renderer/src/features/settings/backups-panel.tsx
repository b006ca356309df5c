import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { formatDateTime } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { describeIssue } from '../../errors/describe-error';
import { ErrorBanner } from '../../ui/error-banner';
import { BackupFolderForm } from './backup-folder-form';
import { BackupPassphrasePanel } from './backup-passphrase-panel';
import { formatBytes } from './format-backup';
import { RestoreConfirmation } from './restore-confirmation';
import { settingsQueries, useBackUpNow, useRestoreBackup } from './settings-queries';

export function BackupsPanel() {
  const { t } = useTranslation('safety');
  const { t: te } = useTranslation('backupEncryption');
  const { i18n } = useTranslation();
  const list = useQuery(settingsQueries.backups());
  const backUp = useBackUpNow();
  const restore = useRestoreBackup();
  const [notice, setNotice] = useState<string>();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const busy = backUp.isPending || restore.isPending;

  function backUpNow() {
    setNotice(undefined);
    backUp.mutate({}, { onSuccess: (backup) => setNotice(t('backups.backedUp', { name: backup.name })) });
  }

  function restoreNow(backup: BackupInfo, passphrase: string | undefined) {
    setNotice(undefined);
    restore.mutate(
      { name: backup.name, passphrase },
      {
        onSuccess: (outcome) => {
          setNotice(t('backups.restored', { date: formatDateTime(backup.takenAt), kept: outcome.keptAs?.name ?? '—' }));
          setConfirming(null);
        },
      },
    );
  }

  const data = list.data;
  // A wrong or missing passphrase keeps the dialog open, its message under the field.
  const passphraseIssue = restore.error?.issues.find((issue) => issue.path === 'passphrase');
  return (
    <section aria-labelledby="backups-title" className="backups">
      <h2 id="backups-title">{t('backups.title')}</h2>
      {data && !data.server && <p>{t('backups.intro', { minutes: data.intervalMinutes })}</p>}
      {data?.server && (
        <>
          <p>{t('backups.serverIntro')}</p>
          <p>
            {data.server.pgDumpAvailable
              ? t('backups.serverDumps', { folder: data.folder, minutes: data.intervalMinutes })
              : t('backups.serverNoDump')}
          </p>
          {data.server.pgDumpAvailable && <p>{t('backups.serverRestore')}</p>}
        </>
      )}
      <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      <ErrorBanner error={backUp.error ?? (passphraseIssue ? undefined : restore.error)} />
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
      {/* A server ledger's pg_dump copies follow the same folder and passphrase as a ledger file's backups. */}
      {data && (!data.server || data.server.pgDumpAvailable) && (
        <BackupPassphrasePanel encryption={data.encryption} folder={data.folder} defaultFolder={data.defaultFolder} />
      )}
      {data && (!data.server || data.server.pgDumpAvailable) && (
        <BackupFolderForm
          folder={data.folder}
          isDefault={data.isDefaultFolder}
          onSaved={(folder) => setNotice(t('backups.folderSaved', { folder }))}
        />
      )}
      <div className="actions">
        <button type="button" className="button--primary" onClick={backUpNow} disabled={busy}>
          {backUp.isPending ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      {confirming && (
        <RestoreConfirmation
          backup={confirming}
          busy={restore.isPending}
          needsPassphrase={confirming.encrypted && (!data?.encryption.unlocked || passphraseIssue !== undefined)}
          passphraseError={passphraseIssue && describeIssue(i18n, passphraseIssue)}
          onConfirm={(passphrase) => restoreNow(confirming, passphrase)}
          onCancel={() => {
            setConfirming(null);
            restore.reset();
          }}
        />
      )}
      {data && data.backups.length === 0 && <p>{t('backups.empty')}</p>}
      {data && data.backups.length > 0 && (
        <DataTable<BackupInfo>
          caption={t('backups.title')}
          rows={data.backups}
          rowKey={(backup) => `${backup.folder}/${backup.name}`}
          columns={[
            { key: 'taken', header: t('backups.takenAt'), cell: (backup) => formatDateTime(backup.takenAt) },
            { key: 'reason', header: t('backups.reason'), cell: (backup) => t(`backups.reasons.${backup.reason}`) },
            {
              key: 'size',
              header: t('backups.size'),
              className: 'backups__size',
              cell: (backup) => formatBytes(backup.sizeBytes),
            },
            {
              key: 'folder',
              header: t('backups.location'),
              className: 'backups__folder',
              cell: (backup) => (
                <>
                  {backup.folder}
                  {backup.encrypted && <span className="tag">{te('encrypted')}</span>}
                </>
              ),
            },
            {
              key: 'actions',
              header: t('backups.actions'),
              cell: (backup) =>
                data.server ? null : (
                  <button
                    type="button"
                    onClick={() => setConfirming(backup)}
                    disabled={busy}
                    aria-label={t('backups.restoreNamed', { date: formatDateTime(backup.takenAt) })}
                  >
                    {t('backups.restore')}
                  </button>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
