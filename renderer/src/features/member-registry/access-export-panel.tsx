import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { ErrorBanner } from '../../ui/error-banner';
import { downloadBase64File } from '../../ui/download-file';

export function AccessExportPanel({ memberId }: { memberId: number }) {
  const { t } = useTranslation('memberRegistry');
  const [working, setWorking] = useState(false);
  const [savedAs, setSavedAs] = useState<string>();
  const [error, setError] = useState<AppError>();

  async function download() {
    setWorking(true);
    setError(undefined);
    setSavedAs(undefined);
    try {
      const file = await call('members.accessExport', { id: memberId });
      downloadBase64File(file);
      setSavedAs(file.fileName);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="access-export-title">
      <h2 id="access-export-title">{t('export.title')}</h2>
      <p className="muted">{t('export.hint')}</p>
      <ErrorBanner error={error} />
      <button type="button" onClick={() => void download()} disabled={working} aria-busy={working}>
        {working ? t('export.working') : t('export.button')}
      </button>
      <p role="status" aria-live="polite">
        {savedAs ? t('export.done', { fileName: savedAs }) : ''}
      </p>
    </section>
  );
}
