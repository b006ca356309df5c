import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { TextField } from '../../ui/fields';
import { runCommand } from './run-command';

export function BackupFolderForm({ folder, isDefault, onSaved }: { folder: string; isDefault: boolean; onSaved: (folder: string) => void }) {
  const { t } = useTranslation('safety');
  const [value, setValue] = useState(folder);
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);
  useEffect(() => setValue(folder), [folder]);

  async function save(next: string | null) {
    setSaving(true);
    setError(undefined);
    const saved = await runCommand(() => call('backups.setFolder', { folder: next }), setError);
    setSaving(false);
    if (saved) onSaved(saved.folder);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(value);
  }

  return (
    <form className="backups__folder-form" onSubmit={submit}>
      <TextField
        label={t('backups.folder')}
        value={value}
        onChange={setValue}
        hint={t('backups.folderHint')}
        error={error?.message}
      />
      <div className="actions">
        <button type="submit" disabled={saving || value.trim() === '' || value === folder}>
          {t('backups.saveFolder')}
        </button>
        {!isDefault && (
          <button type="button" disabled={saving} onClick={() => void save(null)}>
            {t('backups.defaultFolder')}
          </button>
        )}
      </div>
    </form>
  );
}
