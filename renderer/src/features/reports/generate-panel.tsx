import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { useFileDownload } from '../../api/use-file-download';
import { currentUiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { DownloadProgress } from './download-progress';
import { useGenerateQuarterlyReport } from './report-queries';

/** Language, version and the two files of the quarterly report. */
export function GeneratePanel({
  quarter,
  confirmedHits,
  blockedBy,
}: {
  quarter: FiscalQuarter;
  confirmedHits: string[];
  /** Why the report cannot be generated yet (names to check), or null. */
  blockedBy: string | null;
}) {
  const { t } = useTranslation('reports');
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const [status, setStatus] = useState<'draft' | 'final'>('draft');
  const download = useFileDownload();
  const reasonId = useId();
  const generateReport = useGenerateQuarterlyReport();
  const generate = (format: 'docx' | 'xlsx') =>
    download.run(format === 'docx' ? 'Word' : 'Excel', () =>
      generateReport.mutateAsync({ quarter, format, language, status, confirmedHits }),
    );

  return (
    <section aria-labelledby="reports-generate" className="reports-panel">
      <h3 id="reports-generate">{t('generateHeading')}</h3>
      <div className="reports-choices">
        <SelectField<ReportLanguage> label={t('reportLanguage')} value={language} options={languageOptions} onChange={setLanguage} />
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
      <ErrorBanner error={download.error} />
      <div className="actions">
        {(['docx', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button--primary"
            disabled={!!blockedBy || download.working}
            aria-describedby={blockedBy ? reasonId : undefined}
            onClick={() => generate(format)}
          >
            {format === 'docx' ? t('generateDocx') : t('generateXlsx')}
          </button>
        ))}
      </div>
      {blockedBy && (
        <p id={reasonId} className="reports-blocked">
          {blockedBy}
        </p>
      )}
      <DownloadProgress download={download} />
    </section>
  );
}

export const languageOptions: readonly { value: ReportLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];
