import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { TextField } from '../../ui/fields';

/** The small-count threshold every report for funders and government uses. */
export function ThresholdSetting() {
  const { t } = useTranslation('reports');
  const settings = useOperation('reports.settings.get', {});
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (settings.data) setValue(String(settings.data.suppressionThreshold));
  }, [settings.data]);

  const save = async () => {
    setSaved(false);
    setError(undefined);
    try {
      const result = await call('reports.settings.save', { suppressionThreshold: Number(value) });
      setValue(String(result.suppressionThreshold));
      setSaved(true);
    } catch (caught) {
      setError(
        caught instanceof AppError ? (caught.issueFor('suppressionThreshold') ?? caught.message) : String(caught),
      );
    }
  };

  return (
    <section aria-labelledby="reports-privacy" className="reports-panel">
      <h2 id="reports-privacy">{t('privacyHeading')}</h2>
      <TextField
        label={t('threshold')}
        type="number"
        value={value}
        onChange={setValue}
        error={error}
        hint={t('thresholdHint')}
      />
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {t('saveThreshold')}
        </button>
        {saved && <p role="status">{t('thresholdSaved')}</p>}
      </div>
    </section>
  );
}
