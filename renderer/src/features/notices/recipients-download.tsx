import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { useOperationMutation } from '../../api/use-operation-mutation';
import { downloadBase64File } from '../../ui/download-file';
import { PersonalDataDialog } from '../../ui/personal-data-dialog';

/**
 * One language's mailing list, behind the app's personal-data warning. A write, not a read: the
 * export is audited, so the audit log refreshes after it.
 */
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
  return (
    <PersonalDataDialog
      opener={t('group.downloadCsv')}
      title={t('csvDialog.title')}
      warning={t('csvDialog.warning', { count })}
      advice={t('csvDialog.advice')}
      confirm={t('csvDialog.confirm')}
      busyLabel={t('csvDialog.working')}
      busy={download.isPending}
      error={download.error}
      onConfirm={(close) =>
        download.mutate(
          { meetingId, language, personalDataWarningAccepted: true },
          {
            onSuccess: (file) => {
              downloadBase64File(file);
              onDownloaded(file.fileName);
              close();
            },
          },
        )
      }
    />
  );
}
