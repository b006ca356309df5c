import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { useSetBackupFolder } from './settings-queries';

export function BackupFolderForm({ folder, isDefault, onSaved }: { folder: string; isDefault: boolean; onSaved: (folder: string) => void }) {
  const { t } = useTranslation('safety');
  const save = useSetBackupFolder();
  const form = useContractForm({
    schema: contract['backups.setFolder'].input,
    toInput: (values: { folder: string }) => values,
    defaultValues: { folder },
    serverValues: { folder },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={async (input) => onSaved((await save.mutateAsync(input)).folder)}
      error={save.error}
      submitLabel={t('backups.saveFolder')}
      busy={save.isPending}
      label={t('backups.folder')}
      className="backups__folder-form"
    >
      <FormTextField control={form.control} name="folder" label={t('backups.folder')} hint={t('backups.folderHint')} />
      {!isDefault && (
        <button
          type="button"
          disabled={save.isPending}
          onClick={() => save.mutate({ folder: null }, { onSuccess: (saved) => onSaved(saved.folder) })}
        >
          {t('backups.defaultFolder')}
        </button>
      )}
    </FormFrame>
  );
}
