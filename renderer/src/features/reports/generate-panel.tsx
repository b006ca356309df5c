import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { currentUiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { DownloadProgress } from './download-progress';
import { useReportDownload } from './use-report-download';

/** Language, version and the two files of the quarterly report. */
export function GeneratePanel({
  quarter,
  confirmedHits,
  blocked,
  onGenerated,
}: {
  quarter: FiscalQuarter;
  confirmedHits: string[];
  blocked: boolean;
  /** Called after a report was generated: it is in the release register from then on. */
  onGenerated?: () => void;
}) {
  const { t } = useTranslation('reports');
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const [status, setStatus] = useState<'draft' | 'final'>('draft');
  const download = useReportDownload(onGenerated);
  const generate = (format: 'docx' | 'xlsx') =>
    download.run(format === 'docx' ? 'Word' : 'Excel', () =>
      call('reports.quarterly.generate', { quarter, format, language, status, confirmedHits }),
    );

  return (
    <section aria-labelledby="reports-generate" className="reports-panel">
      <h3 id="reports-generate">{t('generateHeading')}</h3>
      <div className="reports-choices">
        <SelectField<ReportLanguage>
          label={t('reportLanguage')}
          value={language}
          options={languageOptions}
          onChange={setLanguage}
        />
        <SelectField<'draft' | 'final'>
          label={t('reportStatus')}
          value={status}
          options={[
            { value: 'draft', label: t('statuses.draft') },
            { value: 'final', label: t('statuses.final') },
          ]}
          onChange={setStatus}
        />
      </div>
      {blocked && <p className="reports-blocked">{t('blocked')}</p>}
      <ErrorBanner error={download.error} />
      <div className="actions">
        <button
          type="button"
          className="button--primary"
          disabled={download.working || blocked}
          onClick={() => void generate('docx')}
        >
          {t('generateDocx')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={download.working || blocked}
          onClick={() => void generate('xlsx')}
        >
          {t('generateXlsx')}
        </button>
      </div>
      <DownloadProgress progress={download.progress} />
    </section>
  );
}

export const languageOptions: readonly { value: ReportLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];
