import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shortestBackupPassphrase } from '../../../../shared/domain/backups';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/error-banner';
import { PassphraseField } from './passphrase-field';
import type { PassphraseOutcomeData } from './passphrase-outcome';
import { useCommand } from './use-command';

/** Choosing the backup passphrase, once, typed twice so a slip of the finger does not lock the backups away. */
export function SetPassphraseForm({ onDone }: { onDone: (outcome: PassphraseOutcomeData) => void }) {
  const { t } = useTranslation('backupEncryption');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, run } = useCommand();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(() => call('backups.setPassphrase', { passphrase, confirmation }));
    if (outcome) onDone(outcome);
  }

  return (
    <form className="backups__folder-form" onSubmit={(event) => void submit(event)}>
      <ErrorBanner error={error && error.issues.length === 0 ? error : undefined} />
      <PassphraseField
        label={t('passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        hint={t('passphraseHint', { count: shortestBackupPassphrase })}
        error={error?.issueFor('passphrase')}
      />
      <PassphraseField label={t('confirmation')} value={confirmation} onChange={setConfirmation} autoComplete="new-password" error={error?.issueFor('confirmation')} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy || passphrase === '' || confirmation === ''}>
          {busy ? t('setting') : t('set')}
        </button>
      </div>
    </form>
  );
}
