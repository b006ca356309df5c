import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { useOperationMutation } from '../../api/use-operation-mutation';
import { downloadBase64File } from '../../ui/download-file';
import { PersonalDataDialog } from '../../ui/personal-data-dialog';

/** One language's mailing list, behind the app's personal-data warning. */
export function RecipientsDownload({
  meetingId,
  language,
  count,
  onDownloaded,
}: {
  meetingId: number;
  language: LanguageCode;
  count: number;
  onDownloaded: (fileName: string) => void;
}) {
  const { t } = useTranslation('notices');
  const download = useOperationMutation('notices.recipientsCsv', { changes: ['notices'] });
  const confirm = async () => {
    try {
      const file = await download.mutateAsync({ meetingId, language, personalDataWarningAccepted: true });
      downloadBase64File(file);
      onDownloaded(file.fileName);
      return true;
    } catch {
      return false; // The mutation keeps the error; the dialog shows it.
    }
  };
  return (
    <PersonalDataDialog
      buttonLabel={t('group.downloadCsv')}
      title={t('csvDialog.title')}
      warning={t('csvDialog.warning', { count })}
      advice={t('csvDialog.advice')}
      confirmLabel={t('csvDialog.confirm')}
      workingLabel={t('csvDialog.working')}
      busy={download.isPending}
      error={download.error}
      onConfirm={confirm}
    />
  );
}
