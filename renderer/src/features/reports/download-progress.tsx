import { useTranslation } from 'react-i18next';
import type { FileDownload } from '../../api/use-file-download';

/** Announced to screen readers: what is being built, then the file that was downloaded. */
export function DownloadProgress({ download }: { download: FileDownload }) {
  const { t } = useTranslation('reports');
  return (
    <div role="status" className="reports-progress">
      {download.working && (
        <>
          <progress aria-label={t('generating', { format: download.what })} />
          <span>{t('generating', { format: download.what })}</span>
        </>
      )}
      {!download.working && download.file && t('downloaded', { fileName: download.file.fileName })}
    </div>
  );
}
