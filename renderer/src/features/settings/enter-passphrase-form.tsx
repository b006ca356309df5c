import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { FormFrame } from '../../forms/form-frame';
import { useContractForm } from '../../forms/use-contract-form';
import { FormPassphraseField } from './passphrase-field';
import type { PassphraseOutcomeData } from './passphrase-outcome';
import { useUnlockBackups } from './settings-queries';

/** Entering the passphrase after a start: the key is then in memory until the app closes. */
export function EnterPassphraseForm({ onDone }: { onDone: (outcome: PassphraseOutcomeData) => void }) {
  const { t } = useTranslation('backupEncryption');
  const unlock = useUnlockBackups();
  const form = useContractForm({
    schema: contract['backups.unlock'].input,
    toInput: (values: { passphrase: string }) => values,
    defaultValues: { passphrase: '' },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={async (input) => onDone(await unlock.mutateAsync(input))}
      error={unlock.error}
      submitLabel={unlock.isPending ? t('entering') : t('enter')}
      busy={unlock.isPending}
      label={t('enterTitle')}
      afterSave="clear"
      className="backups__folder-form"
    >
      <FormPassphraseField control={form.control} name="passphrase" label={t('passphrase')} autoComplete="current-password" />
    </FormFrame>
  );
}
