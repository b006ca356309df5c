import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFileDownload } from '../../api/use-file-download';
import { ErrorBanner } from '../../ui/error-banner';

export function AccessExportPanel({ memberId }: { memberId: number }) {
  const { t } = useTranslation('memberRegistry');
  const download = useFileDownload();
  return (
    <section aria-labelledby="access-export-title">
      <h2 id="access-export-title">{t('export.title')}</h2>
      <p className="muted">{t('export.hint')}</p>
      <ErrorBanner error={download.error} />
      <button
        type="button"
        onClick={() => download.run('Word', () => call('members.accessExport', { id: memberId }))}
        disabled={download.working}
        aria-busy={download.working}
      >
        {download.working ? t('export.working') : t('export.button')}
      </button>
      <p role="status" aria-live="polite">
        {download.file && !download.working ? t('export.done', { fileName: download.file.fileName }) : ''}
      </p>
    </section>
  );
}
