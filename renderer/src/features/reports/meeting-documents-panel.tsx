import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { currentUiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';
import { CheckboxField, SelectField } from '../../ui/fields';
import { DownloadProgress } from './download-progress';
import { languageOptions } from './generate-panel';
import { RedactionPanel } from './redaction-panel';
import { useReportDownload } from './use-report-download';
import { useHitConfirmations } from './use-hit-confirmations';

type DocumentChoice = 'minutes_members' | 'minutes_shared' | 'plenary_packet' | 'attendance_register';

/** Minutes, plenary packets and attendance registers for one meeting. */
export function MeetingDocumentsPanel() {
  const { t } = useTranslation('reports');
  const meetings = useOperation('meetings.list', {});
  const [meetingId, setMeetingId] = useState<string>('');
  const items = meetings.data?.items ?? [];
  const meeting = items.find((item) => String(item.id) === meetingId) ?? items[0];
  return (
    <section aria-labelledby="reports-meetings" className="reports-panel">
      <h2 id="reports-meetings">{t('meetingDocuments')}</h2>
      <ErrorBanner error={meetings.error} onRetry={meetings.reload} />
      {items.length === 0 ? (
        <p>{t('noMeetings')}</p>
      ) : (
        <>
          <SelectField<string>
            label={t('meeting')}
            value={String(meeting?.id ?? '')}
            options={items.map((item) => ({ value: String(item.id), label: `${item.heldOn} — ${item.title}` }))}
            onChange={setMeetingId}
          />
          {meeting && <MeetingDocumentChooser key={meeting.id} meeting={meeting} />}
        </>
      )}
    </section>
  );
}

function MeetingDocumentChooser({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('reports');
  const choices: DocumentChoice[] = [
    'minutes_members',
    'minutes_shared',
    ...(meeting.kind === 'plenary' ? (['plenary_packet'] as const) : []),
    'attendance_register',
  ];
  const [document, setDocument] = useState<DocumentChoice>(choices[0]!);
  return (
    <>
      <SelectField<DocumentChoice>
        label={t('document')}
        value={document}
        options={choices.map((choice) => ({ value: choice, label: t(`documents.${choice}`) }))}
        onChange={setDocument}
      />
      {document === 'attendance_register' ? (
        <RegisterDownload meetingId={meeting.id} />
      ) : (
        <CheckedDocumentDownload key={document} meetingId={meeting.id} document={document} />
      )}
    </>
  );
}

function CheckedDocumentDownload({
  meetingId,
  document,
}: {
  meetingId: number;
  document: Exclude<DocumentChoice, 'attendance_register'>;
}) {
  const { t } = useTranslation('reports');
  const redaction = useOperation('reports.meeting.redactionCheck', { meetingId, document });
  const { confirmed, confirm } = useHitConfirmations();
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const download = useReportDownload();
  const hits = redaction.data?.hits ?? [];
  const blocked = redaction.loading || !!redaction.error || hits.some((hit) => !confirmed.has(hit.key));
  const generate = () =>
    download.run('Word', () =>
      document === 'plenary_packet'
        ? call('reports.plenaryPacket.generate', { meetingId, language, confirmedHits: [...confirmed] })
        : call('reports.minutes.generate', {
            meetingId,
            language,
            audience: document === 'minutes_shared' ? 'shared' : 'members',
            confirmedHits: [...confirmed],
          }),
    );
  return (
    <>
      <ErrorBanner error={redaction.error} onRetry={redaction.reload} />
      {redaction.data && (
        <RedactionPanel
          hits={hits}
          confirmed={confirmed}
          onRecheck={redaction.reload}
          onConfirm={confirm}
        />
      )}
      <SelectField<ReportLanguage>
        label={t('reportLanguage')}
        value={language}
        options={languageOptions}
        onChange={setLanguage}
      />
      <ErrorBanner error={download.error} />
      <div className="actions">
        <button
          type="button"
          className="button--primary"
          disabled={blocked || download.working}
          onClick={() => void generate()}
        >
          {t('generateDocument')}
        </button>
      </div>
      <DownloadProgress progress={download.progress} />
    </>
  );
}

function RegisterDownload({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('reports');
  const [acknowledged, setAcknowledged] = useState(false);
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const download = useReportDownload();
  return (
    <>
      <p className="reports-warning" role="note">
        {t('personalDataWarning')}
      </p>
      <CheckboxField label={t('acknowledgePersonalData')} checked={acknowledged} onChange={setAcknowledged} />
      <SelectField<ReportLanguage>
        label={t('reportLanguage')}
        value={language}
        options={languageOptions}
        onChange={setLanguage}
      />
      <ErrorBanner error={download.error} />
      <div className="actions">
        <button
          type="button"
          className="button--primary"
          disabled={!acknowledged || download.working}
          onClick={() =>
            void download.run('Excel', () =>
              call('reports.attendanceRegister.generate', { meetingId, language, acknowledgePersonalData: true }),
            )
          }
        >
          {t('generateRegister')}
        </button>
      </div>
      <DownloadProgress progress={download.progress} />
    </>
  );
}
