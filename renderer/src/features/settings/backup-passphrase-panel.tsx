import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEncryption } from '../../../../shared/domain/backups';
import { EnterPassphraseForm } from './enter-passphrase-form';
import { formatDateTime } from '../../i18n/format';
import { PassphraseOutcome, type PassphraseOutcomeData } from './passphrase-outcome';
import { SetPassphraseForm } from './set-passphrase-form';

interface BackupPassphrasePanelProps {
  encryption: BackupEncryption;
  folder: string;
  defaultFolder: string;
}

/**
 * The backup passphrase in Settings: set it once, enter it after each start, and read plainly what
 * happens without it (backups wait on this computer) and what losing it means (the backups are lost).
 */
export function BackupPassphrasePanel({ encryption, folder, defaultFolder }: BackupPassphrasePanelProps) {
  const { t } = useTranslation('backupEncryption');
  // The mutations refresh the backups list themselves; what they did is kept here to be read.
  const [outcome, setOutcome] = useState<PassphraseOutcomeData>();

  return (
    <section aria-labelledby="backup-passphrase-title" className="card backups__passphrase">
      <h3 id="backup-passphrase-title">{t('title')}</h3>
      <p>{t('why')}</p>
      {!encryption.passphraseSet && <p>{t('notSet')}</p>}
      {encryption.passphraseSet && (
        <p>
          <strong>{t('loss')}</strong>
        </p>
      )}
      {encryption.setAt && <p className="muted">{t('setAt', { date: formatDateTime(encryption.setAt) })}</p>}
      {outcome && <PassphraseOutcome outcome={outcome} />}
      {!encryption.passphraseSet && <SetPassphraseForm onDone={setOutcome} />}
      {encryption.passphraseSet && !encryption.unlocked && (
        <>
          <h4>{t('enterTitle')}</h4>
          {encryption.required && (
            <p className="banner banner--error" role="alert">
              {t('enterNeeded', { local: defaultFolder, folder })}
            </p>
          )}
          <p className="muted">{t('enterWhy')}</p>
          <EnterPassphraseForm onDone={setOutcome} />
        </>
      )}
      {encryption.passphraseSet && encryption.unlocked && (
        <p role="status">{encryption.required ? t('unlocked', { folder }) : t('unlockedLocal')}</p>
      )}
    </section>
  );
}
