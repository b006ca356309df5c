import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importLimits } from '../../../../shared/contract/imports';

/** The file field, with the limits stated before the coordinator picks anything. */
export function ImportFilePicker({ onPick, disabled }: { onPick: (file: File) => void; disabled: boolean }) {
  const { t } = useTranslation('imports');
  const id = useId();
  const [tooLarge, setTooLarge] = useState<string>();

  return (
    <div className={tooLarge ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{t('fileLabel')}</label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        disabled={disabled}
        aria-describedby={`${id}-limits`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          if (file.size > importLimits.maxBytes) {
            setTooLarge(t('fileTooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1) }));
            return;
          }
          setTooLarge(undefined);
          onPick(file);
        }}
      />
      <p id={`${id}-limits`} className="field__hint">
        {t('limits')}
      </p>
      {tooLarge && (
        <p className="field__error" role="alert">
          {tooLarge}
        </p>
      )}
    </div>
  );
}
