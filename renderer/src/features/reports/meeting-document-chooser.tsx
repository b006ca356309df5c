import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { MinutesStatus } from '../../../../shared/domain/minutes-state';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { useFileDownload } from '../../api/use-file-download';
import { hrefFor } from '../../app/routes';
import { currentUiLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/format';
import { BlockedActions } from '../../ui/blocked-actions';
import { BlockedButton } from '../../ui/blocked-button';
import { ErrorBanner } from '../../ui/error-banner';
import { CheckboxField, SelectField } from '../../ui/fields';
import { DownloadProgress } from './download-progress';
import { languageOptions } from './report-language-options';
import { RedactionHitsPanel } from './redaction-hits-panel';
import { reportQueries, useGenerateMinutes, useGeneratePlenaryPacket } from './report-queries';
import { useRedactionReview } from './use-redaction-review';

type DocumentChoice = 'minutes_members' | 'minutes_shared' | 'plenary_packet' | 'attendance_register';
type CheckedDocument = Exclude<DocumentChoice, 'attendance_register'>;

/**
 * The documents of one meeting. Generating the shared minutes records them in the release register. Minutes are offered only once they exist; otherwise the panel says
 * so and where to start them, instead of letting a download fail.
 */
export function MeetingDocumentChooser({ meeting, minutesStatus }: { meeting: Meeting; minutesStatus: MinutesStatus | null }) {
  const { t } = useTranslation('reports');
  const hasMinutes = minutesStatus !== null;
  const choices: DocumentChoice[] = [
    ...(hasMinutes ? (['minutes_members', 'minutes_shared'] as const) : []),
    ...(meeting.kind === 'plenary' ? (['plenary_packet'] as const) : []),
    'attendance_register',
  ];
  const [document, setDocument] = useState<DocumentChoice>(choices[0] ?? 'attendance_register');
  return (
    <>
      {!hasMinutes && (
        <p className="reports-warning" role="note">
          {t('minutesNotStarted', { title: meeting.title, date: formatIsoDate(meeting.heldOn) })}{' '}
          <a href={hrefFor('meetings', meeting.id, 'minutes')}>{t('openMinutesTab')}</a>
        </p>
      )}
      <div className="reports-choices">
        <SelectField<DocumentChoice>
          label={t('document')}
          value={document}
          options={choices.map((choice) => ({ value: choice, label: t(`documents.${choice}`) }))}
          onChange={setDocument}
        />
      </div>
      {document === 'attendance_register' ? (
        <RegisterDownload meetingId={meeting.id} />
      ) : (
        <CheckedDocumentDownload key={document} meetingId={meeting.id} document={document} />
      )}
    </>
  );
}

function CheckedDocumentDownload({ meetingId, document }: { meetingId: number; document: CheckedDocument }) {
  const { t } = useTranslation('reports');
  const redaction = useQuery(reportQueries.meetingRedaction({ meetingId, document }));
  const review = useRedactionReview(redaction);
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const download = useFileDownload();
  const generateMinutes = useGenerateMinutes();
  const generatePacket = useGeneratePlenaryPacket();
  const generate = (format: 'docx' | 'pdf') =>
    download.run(format === 'docx' ? 'Word' : 'PDF', () =>
      document === 'plenary_packet'
        ? generatePacket.mutateAsync({ meetingId, language, format, confirmedHits: review.confirmedHits })
        : generateMinutes.mutateAsync({
            meetingId,
            language,
            format,
            audience: document === 'minutes_shared' ? 'shared' : 'members',
            confirmedHits: review.confirmedHits,
          }),
    );
  return (
    <>
      <ErrorBanner error={redaction.error} onRetry={() => void redaction.refetch()} />
      {redaction.data && (
        <RedactionHitsPanel
          document={document}
          hits={review.hits}
          confirmed={review.confirmed}
          onRecheck={review.recheck}
          onConfirm={review.confirm}
        />
      )}
      <div className="reports-choices">
        <SelectField<ReportLanguage> label={t('reportLanguage')} value={language} options={languageOptions} onChange={setLanguage} />
      </div>
      <ErrorBanner error={download.error} />
      <BlockedActions
        blockedBy={review.blockedBy}
        disabled={download.working || !!redaction.error}
        actions={[
          { label: t('generateWord'), onClick: () => generate('docx') },
          { label: t('saveAsPdf'), onClick: () => generate('pdf') },
        ]}
      />
      <DownloadProgress download={download} />
    </>
  );
}

function RegisterDownload({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('reports');
  const [acknowledged, setAcknowledged] = useState(false);
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const download = useFileDownload();
  return (
    <>
      <p className="reports-warning" role="note">
        {t('personalDataWarning')}
      </p>
      <CheckboxField label={t('acknowledgePersonalData')} checked={acknowledged} onChange={setAcknowledged} />
      <div className="reports-choices">
        <SelectField<ReportLanguage> label={t('reportLanguage')} value={language} options={languageOptions} onChange={setLanguage} />
      </div>
      <ErrorBanner error={download.error} />
      <div className="actions">
        <BlockedButton
          className="button--primary"
          blockedBy={acknowledged ? null : t('acknowledgeFirst')}
          disabled={download.working}
          onClick={() =>
            download.run('Excel', () => call('reports.attendanceRegister.generate', { meetingId, language, acknowledgePersonalData: true }))
          }
        >
          {t('generateRegister')}
        </BlockedButton>
      </div>
      <DownloadProgress download={download} />
    </>
  );
}
