import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../../shared/domain/languages';
import type { NoticePurpose } from '../../../../shared/domain/notices';
import { useOperationMutation } from '../../api/use-operation-mutation';
import { downloadBase64File } from '../../ui/download-file';
import { InlineProblem } from '../../ui/error-banner';

/** The meeting's .ics in one language; it holds no member's data, so no warning is needed. */
export function CalendarDownload({
  meetingId,
  language,
  purpose,
  confirmedHits,
  onDownloaded,
}: {
  meetingId: number;
  language: LanguageCode;
  purpose: NoticePurpose;
  confirmedHits: readonly string[];
  onDownloaded: (fileName: string) => void;
}) {
  const { t } = useTranslation('notices');
  const download = useOperationMutation('notices.calendarFile', { changes: ['notices'] });
  const run = () =>
    download.mutate(
      { meetingId, language, confirmedHits: [...confirmedHits] },
      {
        onSuccess: (file) => {
          downloadBase64File(file);
          onDownloaded(file.fileName);
        },
      },
    );
  return (
    <>
      <button type="button" disabled={download.isPending} onClick={run}>
        {purpose === 'cancellation' ? t('group.downloadCancellation') : t('group.downloadIcs')}
      </button>
      <InlineProblem error={download.error} />
    </>
  );
}
