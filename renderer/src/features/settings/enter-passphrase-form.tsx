import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/error-banner';
import { PassphraseField } from './passphrase-field';
import type { PassphraseOutcomeData } from './passphrase-outcome';
import { useCommand } from './use-command';

/** Entering the passphrase after a start: the key is then in memory until the app closes. */
export function EnterPassphraseForm({ onDone }: { onDone: (outcome: PassphraseOutcomeData) => void }) {
  const { t } = useTranslation('backupEncryption');
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useCommand();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(() => call('backups.unlock', { passphrase }));
    if (outcome) {
      setPassphrase('');
      onDone(outcome);
    }
  }

  return (
    <form className="backups__folder-form" onSubmit={(event) => void submit(event)} aria-label={t('enterTitle')}>
      <ErrorBanner error={error && !error.issueFor('passphrase') ? error : undefined} />
      <PassphraseField label={t('passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" error={error?.issueFor('passphrase')} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy || passphrase === ''}>
          {busy ? t('entering') : t('enter')}
        </button>
      </div>
    </form>
  );
}
