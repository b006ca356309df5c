import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract';

export type PassphraseOutcomeData = OperationOutput<'backups.unlock'>;

/** What entering the passphrase did with the backups it now opens: said plainly, failures named. */
export function PassphraseOutcome({ outcome }: { outcome: PassphraseOutcomeData }) {
  const { t } = useTranslation('backupEncryption');
  const scrubbed = outcome.scrub?.scrubbed ?? 0;
  return (
    <>
      {(outcome.plainBackupsEncrypted > 0 || scrubbed > 0) && (
        <p className="banner backups__notice" role="status">
          {outcome.plainBackupsEncrypted > 0 && t('encryptedNow', { count: outcome.plainBackupsEncrypted })}{' '}
          {scrubbed > 0 && t('scrubbed', { count: scrubbed })}
        </p>
      )}
      {outcome.plainBackupsFailed.length > 0 && (
        <div className="banner banner--error" role="alert">
          <p>{t('notEncrypted')}</p>
          <ul>
            {outcome.plainBackupsFailed.map((failure) => (
              <li key={failure.name}>
                {failure.name}: {failure.problem}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
