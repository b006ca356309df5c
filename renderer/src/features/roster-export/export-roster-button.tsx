import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { currentUiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';
import { downloadBase64File } from './download-base64-file';
import { toAppError } from '../../api/to-app-error';

/** The roster export, behind a modal warning that the workbook holds personal data. */
export function ExportRosterButton() {
  const { t } = useTranslation('rosterExport');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const [done, setDone] = useState<string>();

  const exportNow = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await call('roster.exportXlsx', {
        personalDataWarningAccepted: true,
        language: currentUiLanguage(),
      });
      downloadBase64File(file);
      setDone(t('done', { count: file.memberCount, fileName: file.fileName }));
      dialogRef.current?.close();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        {t('button')}
      </button>
      {done && (
        <p role="status" className="roster-export__done">
          {done}
        </p>
      )}
      <dialog
        ref={dialogRef}
        className="roster-export__dialog"
        aria-labelledby="roster-export-title"
        aria-describedby="roster-export-warning"
      >
        <h2 id="roster-export-title">{t('dialogTitle')}</h2>
        <p id="roster-export-warning">
          <strong>{t('warning')}</strong>
        </p>
        <p>{t('advice')}</p>
        <ErrorBanner error={error} />
        <div className="actions">
          <button type="button" className="button--primary" disabled={busy} onClick={() => void exportNow()}>
            {busy ? t('exporting') : t('confirm')}
          </button>
          <button type="button" autoFocus onClick={() => dialogRef.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
