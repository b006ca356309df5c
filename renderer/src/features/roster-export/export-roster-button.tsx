import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFileDownload } from '../../api/use-file-download';
import { currentUiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';

/** The roster export, behind a modal warning that the workbook holds personal data. */
export function ExportRosterButton() {
  const { t } = useTranslation('rosterExport');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const download = useFileDownload<Awaited<ReturnType<typeof exportRoster>>>();

  function exportRoster() {
    return call('roster.exportXlsx', { personalDataWarningAccepted: true, language: currentUiLanguage() }).then((file) => {
      dialogRef.current?.close();
      return file;
    });
  }

  return (
    <>
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        {t('button')}
      </button>
      {download.file && !download.working && (
        <p role="status" className="roster-export__done">
          {t('done', { count: download.file.memberCount, fileName: download.file.fileName })}
        </p>
      )}
      <dialog ref={dialogRef} className="roster-export__dialog" aria-labelledby="roster-export-title" aria-describedby="roster-export-warning">
        <h2 id="roster-export-title">{t('dialogTitle')}</h2>
        <p id="roster-export-warning">
          <strong>{t('warning')}</strong>
        </p>
        <p>{t('advice')}</p>
        <ErrorBanner error={download.error} />
        <div className="actions">
          <button type="button" className="button--primary" disabled={download.working} onClick={() => download.run('Excel', exportRoster)}>
            {download.working ? t('exporting') : t('confirm')}
          </button>
          <button type="button" autoFocus onClick={() => dialogRef.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
