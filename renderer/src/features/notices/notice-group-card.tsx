import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeGroup, NoticePurpose } from '../../../../shared/domain/notices';
import { languageName } from '../../../../shared/domain/languages';
import { currentUiLanguage } from '../../i18n';
import { Tag } from '../../ui/tag';
import { CalendarDownload } from './calendar-download';
import { CopyButton } from './copy-button';
import { RecipientsDownload } from './recipients-download';

interface NoticeGroupCardProps {
  meetingId: number;
  group: NoticeGroup;
  purpose: NoticePurpose;
  /** Once prepared: the text to paste and the files; before, only who is in the group. */
  prepared: boolean;
  confirmedHits: readonly string[];
}

/** One language's notice: its recipients, and once prepared the text and the two files. */
export function NoticeGroupCard({ meetingId, group, purpose, prepared, confirmedHits }: NoticeGroupCardProps) {
  const { t } = useTranslation('notices');
  const headingId = useId();
  const subjectId = useId();
  const bodyId = useId();
  const [downloaded, setDownloaded] = useState<string>();
  const name = languageName(group.language, currentUiLanguage());
  return (
    <section className="card notices-group" aria-labelledby={headingId} data-testid={`notice-group-${group.language}`}>
      <h3 id={headingId}>{t('group.heading', { name, count: group.recipients.length })}</h3>
      <details>
        <summary>{t('group.recipients')}</summary>
        <ul className="notices-recipients">
          {group.recipients.map((recipient) => (
            <li key={recipient.memberId}>
              {recipient.name || t('group.noName')} &lt;{recipient.email}&gt;
              {recipient.preferredLanguage && recipient.preferredLanguage !== group.language && (
                <Tag>{t('group.prefers', { language: recipient.preferredLanguage })}</Tag>
              )}
            </li>
          ))}
        </ul>
      </details>
      {prepared && (
        <>
          {group.unknownFields.length > 0 && (
            <p className="banner banner--warning" role="note">
              {t('group.unknownFields', { fields: group.unknownFields.map((field) => `{{${field}}}`).join(', ') })}
            </p>
          )}
          <div className="field">
            <label htmlFor={subjectId}>{t('group.subject')}</label>
            <input id={subjectId} readOnly value={group.subject} />
          </div>
          <div className="field">
            <label htmlFor={bodyId}>{t('group.body')}</label>
            <textarea id={bodyId} readOnly value={group.body} rows={Math.min(18, group.body.split('\n').length + 1)} />
          </div>
          <div className="actions">
            <CopyButton text={group.body} label={t('group.copy')} copiedLabel={t('group.copied')} />
            <RecipientsDownload meetingId={meetingId} language={group.language} count={group.recipients.length} onDownloaded={setDownloaded} />
            <CalendarDownload meetingId={meetingId} language={group.language} purpose={purpose} confirmedHits={confirmedHits} onDownloaded={setDownloaded} />
          </div>
          {downloaded && <p role="status">{t('group.downloaded', { fileName: downloaded })}</p>}
        </>
      )}
    </section>
  );
}
