import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFileDownload } from '../../api/use-file-download';
import { currentUiLanguage } from '../../i18n';
import { PersonalDataDialog } from '../../ui/personal-data-dialog';

/** The roster export, behind a modal warning that the workbook holds personal data. */
export function ExportRosterButton() {
  const { t } = useTranslation('rosterExport');
  const download = useFileDownload<Awaited<ReturnType<typeof call<'roster.exportXlsx'>>>>();

  return (
    <>
      <PersonalDataDialog
        opener={t('button')}
        title={t('dialogTitle')}
        warning={t('warning')}
        advice={t('advice')}
        confirm={t('confirm')}
        busyLabel={t('exporting')}
        busy={download.working}
        error={download.error}
        onConfirm={(close) =>
          download.run('Excel', () =>
            call('roster.exportXlsx', { personalDataWarningAccepted: true, language: currentUiLanguage() }).then((file) => {
              close();
              return file;
            }),
          )
        }
      />
      {download.file && !download.working && (
        <p role="status" className="roster-export__done">
          {t('done', { count: download.file.memberCount, fileName: download.file.fileName })}
        </p>
      )}
    </>
  );
}
