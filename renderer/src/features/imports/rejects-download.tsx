import { useTranslation } from 'react-i18next';
import { currentUiLanguage } from '../../i18n';
import { downloadBase64File } from '../../ui/download-file';
import { PersonalDataDialog } from '../../ui/personal-data-dialog';
import { useDownloadRejects } from './import-queries';

/**
 * The rows a valid-rows-only import set aside, as a workbook to fix and import again, behind the
 * same personal-data warning as every export: the rows hold names and contact details.
 */
export function RejectsDownload({ jobId, count }: { jobId: string; count: number }) {
  const { t } = useTranslation('imports');
  const download = useDownloadRejects();
  return (
    <>
      <PersonalDataDialog
        opener={t('rejects.button', { count })}
        title={t('rejects.dialogTitle')}
        warning={t('rejects.warning')}
        advice={t('rejects.advice')}
        confirm={t('rejects.confirm')}
        busyLabel={t('rejects.downloading')}
        busy={download.isPending}
        error={download.error}
        onConfirm={(close) =>
          download.mutate(
            { jobId, personalDataWarningAccepted: true, language: currentUiLanguage() },
            {
              onSuccess: (file) => {
                downloadBase64File(file);
                close();
              },
            },
          )
        }
      />
      {download.isSuccess && (
        <p role="status">{t('rejects.done', { count: download.data.rowCount, fileName: download.data.fileName })}</p>
      )}
    </>
  );
}
