import { useTranslation } from 'react-i18next';
import type { DownloadProgress as Progress } from './use-report-download';

/** Announced to screen readers: what is being built, then the file that was downloaded. */
export function DownloadProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation('reports');
  return (
    <div role="status" className="reports-progress">
      {progress.state === 'working' && (
        <>
          <progress aria-label={t('generating', { format: progress.what })} />
          <span>{t('generating', { format: progress.what })}</span>
        </>
      )}
      {progress.state === 'done' && t('downloaded', { fileName: progress.fileName })}
    </div>
  );
}
