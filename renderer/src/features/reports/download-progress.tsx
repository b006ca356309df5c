import { useTranslation } from 'react-i18next';
import type { FileDownload } from '../../api/use-file-download';

/**
 * Announced to screen readers: what is being built, then the file that was downloaded, or in web
 * mode the PDF's print view to open (the browser saves it as PDF there).
 */
export function DownloadProgress({ download }: { download: FileDownload }) {
  const { t } = useTranslation('reports');
  const file = download.file;
  return (
    <div role="status" className="reports-progress">
      {download.working && (
        <>
          <progress aria-label={t('generating', { format: download.what })} />
          <span>{t('generating', { format: download.what })}</span>
        </>
      )}
      {!download.working && file && !file.printViewUrl && t('downloaded', { fileName: file.fileName })}
      {!download.working && file?.printViewUrl && (
        <span>
          {t('printViewReady')}{' '}
          <a href={file.printViewUrl} target="_blank" rel="noopener noreferrer">
            {t('openPrintView', { fileName: file.fileName })}
          </a>
        </span>
      )}
    </div>
  );
}
