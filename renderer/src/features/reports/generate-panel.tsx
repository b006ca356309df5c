import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import { provinceCodes } from '../../../../shared/domain/provinces';
import type { QuarterlyScope, ReportLanguage } from '../../../../shared/domain/report';
import { useFileDownload } from '../../api/use-file-download';
import { currentUiLanguage } from '../../i18n';
import { BlockedActions } from '../../ui/blocked-actions';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { DownloadProgress } from './download-progress';
import { languageOptions } from './report-language-options';
import { reportQueries, useGenerateQuarterlyReport } from './report-queries';

type ReportFormat = 'docx' | 'xlsx' | 'pdf';
const formatNames: Record<ReportFormat, string> = { docx: 'Word', xlsx: 'Excel', pdf: 'PDF' };

/** Scope (the network or one province or territory), language, version and the three files of the quarterly report (Word, Excel, PDF). */
export function GeneratePanel({
  quarter,
  confirmedHits,
  blockedBy,
  onWriteNarrative,
}: {
  quarter: FiscalQuarter;
  confirmedHits: string[];
  /** Why the report cannot be generated yet (names to check), or null. */
  blockedBy: string | null;
  /** Opens the narrative editor in a language, for the coordinator to write what is missing. */
  onWriteNarrative: (language: ReportLanguage) => void;
}) {
  const { t } = useTranslation('reports');
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const [status, setStatus] = useState<'draft' | 'final'>('draft');
  const [scope, setScope] = useState<QuarterlyScope>('national');
  const [awaitingNarrative, setAwaitingNarrative] = useState<ReportFormat | null>(null);
  const download = useFileDownload();
  const warningRef = useRef<HTMLDivElement>(null);
  const generateReport = useGenerateQuarterlyReport();
  const french = useQuery({ ...reportQueries.narrative(quarter, 'fr'), enabled: language === 'fr' });
  const frenchMissing =
    language === 'fr' && !!french.data && !french.data.highlights.trim() && !french.data.challenges.trim() && !french.data.lessonsLearned.trim();

  const generate = (format: ReportFormat) => {
    setAwaitingNarrative(null);
    download.run(formatNames[format], () => generateReport.mutateAsync({ quarter, scope, format, language, status, confirmedHits }));
  };
  // The French report without its narrative prints "Pas encore rédigé.": said first, then the coordinator decides.
  const ask = (format: ReportFormat) => {
    if (!frenchMissing) return generate(format);
    setAwaitingNarrative(format);
    window.requestAnimationFrame(() => warningRef.current?.focus());
  };

  return (
    <section aria-labelledby="reports-generate" className="reports-panel">
      <h3 id="reports-generate">{t('generateHeading')}</h3>
      <div className="reports-choices">
        <SelectField<QuarterlyScope>
          label={t('reportScope')}
          value={scope}
          options={[
            { value: 'national', label: t('nationalScope') },
            ...provinceCodes
              .map((code) => ({ value: code, label: t(`common:provinces.${code}`) }))
              .sort((a, b) => a.label.localeCompare(b.label, currentUiLanguage())),
          ]}
          onChange={setScope}
        />
        <SelectField<ReportLanguage>
          label={t('reportLanguage')}
          value={language}
          options={languageOptions}
          onChange={(next) => {
            setLanguage(next);
            setAwaitingNarrative(null);
          }}
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
      <ErrorBanner error={download.error} />
      <BlockedActions
        blockedBy={blockedBy}
        disabled={download.working}
        actions={[
          { label: t('generateDocx'), onClick: () => ask('docx') },
          { label: t('generateXlsx'), onClick: () => ask('xlsx') },
          { label: t('saveAsPdf'), onClick: () => ask('pdf') },
        ]}
      />
      {awaitingNarrative && (
        <div className="reports-warning" role="alert" tabIndex={-1} ref={warningRef}>
          <p>{t('frenchNarrativeMissing')}</p>
          <div className="actions">
            <button type="button" className="button--primary" onClick={() => onWriteNarrative('fr')}>
              {t('writeFrenchNarrative')}
            </button>
            <button type="button" onClick={() => generate(awaitingNarrative)}>
              {t('generateWithoutNarrative')}
            </button>
          </div>
        </div>
      )}
      <DownloadProgress download={download} />
    </section>
  );
}
