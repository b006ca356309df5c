import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentUiLanguage } from '../../i18n';
import { downloadBase64File } from '../../ui/download-file';
import { ErrorBanner } from '../../ui/error-banner';
import { useDownloadRejects } from './import-queries';

/**
 * The rows a valid-rows-only import set aside, as a workbook to fix and import again, behind the
 * same personal-data warning as every export: the rows hold names and contact details.
 */
export function RejectsDownload({ jobId, count }: { jobId: string; count: number }) {
  const { t } = useTranslation('imports');
  const { t: tc } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const download = useDownloadRejects();

  const downloadNow = () =>
    download.mutate(
      { jobId, personalDataWarningAccepted: true, language: currentUiLanguage() },
      {
        onSuccess: (file) => {
          downloadBase64File(file);
          dialogRef.current?.close();
        },
      },
    );

  return (
    <>
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        {t('rejects.button', { count })}
      </button>
      {download.isSuccess && (
        <p role="status">{t('rejects.done', { count: download.data.rowCount, fileName: download.data.fileName })}</p>
      )}
      <dialog
        ref={dialogRef}
        className="roster-export__dialog"
        aria-labelledby="imports-rejects-title"
        aria-describedby="imports-rejects-warning"
      >
        <h2 id="imports-rejects-title">{t('rejects.dialogTitle')}</h2>
        <p id="imports-rejects-warning">
          <strong>{t('rejects.warning')}</strong>
        </p>
        <p>{t('rejects.advice')}</p>
        <ErrorBanner error={download.error} />
        <div className="actions">
          <button type="button" className="button--primary" disabled={download.isPending} onClick={downloadNow}>
            {download.isPending ? t('rejects.downloading') : t('rejects.confirm')}
          </button>
          <button type="button" autoFocus onClick={() => dialogRef.current?.close()}>
            {tc('actions.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
