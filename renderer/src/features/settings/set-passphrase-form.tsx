import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { shortestBackupPassphrase } from '../../../../shared/domain/backups';
import { FormFrame } from '../../forms/form-frame';
import { useContractForm } from '../../forms/use-contract-form';
import { FormPassphraseField } from './passphrase-field';
import type { PassphraseOutcomeData } from './passphrase-outcome';
import { useSetBackupPassphrase } from './settings-queries';

interface PassphraseValues {
  passphrase: string;
  confirmation: string;
}

/** Choosing the backup passphrase, once, typed twice so a slip of the finger does not lock the backups away. */
export function SetPassphraseForm({ onDone }: { onDone: (outcome: PassphraseOutcomeData) => void }) {
  const { t } = useTranslation('backupEncryption');
  const save = useSetBackupPassphrase();
  const form = useContractForm({
    schema: contract['backups.setPassphrase'].input,
    toInput: (values: PassphraseValues) => values,
    defaultValues: { passphrase: '', confirmation: '' },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={async (input) => onDone(await save.mutateAsync(input))}
      error={save.error}
      submitLabel={save.isPending ? t('setting') : t('set')}
      busy={save.isPending}
      label={t('title')}
      afterSave="clear"
      className="backups__folder-form"
    >
      <FormPassphraseField
        control={form.control}
        name="passphrase"
        label={t('passphrase')}
        autoComplete="new-password"
        hint={t('passphraseHint', { count: shortestBackupPassphrase })}
      />
      <FormPassphraseField control={form.control} name="confirmation" label={t('confirmation')} autoComplete="new-password" />
    </FormFrame>
  );
}
