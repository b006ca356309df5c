import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFileDownload } from '../../api/use-file-download';
import { currentUiLanguage } from '../../i18n';
import { PersonalDataDialog } from '../../ui/personal-data-dialog';

/**
 * The rows a valid-rows-only import set aside, as a workbook to fix and import again, behind the
 * same personal-data warning as every export: the rows hold names and contact details.
 */
export function RejectsDownload({ jobId, count }: { jobId: string; count: number }) {
  const { t } = useTranslation('imports');
  const download = useFileDownload<Awaited<ReturnType<typeof call<'imports.rejects'>>>>();
  return (
    <>
      <PersonalDataDialog
        opener={t('rejects.button', { count })}
        title={t('rejects.dialogTitle')}
        warning={t('rejects.warning')}
        advice={t('rejects.advice')}
        confirm={t('rejects.confirm')}
        busyLabel={t('rejects.downloading')}
        busy={download.working}
        error={download.error}
        onConfirm={(close) =>
          download.run('Excel', () =>
            call('imports.rejects', { jobId, personalDataWarningAccepted: true, language: currentUiLanguage() }).then(
              (file) => {
                close();
                return file;
              },
            ),
          )
        }
      />
      {download.file && !download.working && (
        <p role="status">{t('rejects.done', { count: download.file.rowCount, fileName: download.file.fileName })}</p>
      )}
    </>
  );
}
