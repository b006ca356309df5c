import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { currentUiLanguage } from '../../i18n';
import { PersonalDataDialog } from '../../ui/personal-data-dialog';
import { downloadBase64File } from './download-base64-file';
import { toAppError } from '../../api/to-app-error';

/** The roster export, behind the modal warning that the workbook holds personal data. */
export function ExportRosterButton() {
  const { t } = useTranslation('rosterExport');
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
      return true;
    } catch (caught) {
      setError(toAppError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PersonalDataDialog
        buttonLabel={t('button')}
        title={t('dialogTitle')}
        warning={t('warning')}
        advice={t('advice')}
        confirmLabel={t('confirm')}
        workingLabel={t('exporting')}
        busy={busy}
        error={error}
        onConfirm={exportNow}
      />
      {done && (
        <p role="status" className="roster-export__done">
          {done}
        </p>
      )}
    </>
  );
}
