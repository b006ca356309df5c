import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { formatDateTime } from '../../i18n/format';
import { PassphraseField } from './passphrase-field';

interface RestoreConfirmationProps {
  backup: BackupInfo;
  busy: boolean;
  /** Ask for the passphrase: the backup is encrypted and the passphrase was not entered this session. */
  needsPassphrase: boolean;
  passphraseError?: string | undefined;
  onConfirm: (passphrase: string | undefined) => void;
  onCancel: () => void;
}

export function RestoreConfirmation({ backup, busy, needsPassphrase, passphraseError, onConfirm, onCancel }: RestoreConfirmationProps) {
  const { t } = useTranslation('safety');
  const { t: te } = useTranslation('backupEncryption');
  const { t: tc } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const date = formatDateTime(backup.takenAt);
  return (
    <div className="card backups__confirm" role="alertdialog" aria-labelledby="restore-confirm-title" aria-describedby="restore-confirm-body">
      <h3 id="restore-confirm-title">{t('backups.confirmTitle', { date })}</h3>
      <p id="restore-confirm-body">{t('backups.confirmBody', { date })}</p>
      {needsPassphrase && (
        <PassphraseField
          label={te('restorePassphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          hint={te('restorePassphraseHint')}
          error={passphraseError}
        />
      )}
      <div className="actions">
        <button
          type="button"
          className="button--primary"
          onClick={() => onConfirm(needsPassphrase ? passphrase : undefined)}
          disabled={busy || (needsPassphrase && passphrase === '')}
          autoFocus={!needsPassphrase}
        >
          {busy ? t('backups.restoring') : t('backups.confirmRestore')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {tc('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
