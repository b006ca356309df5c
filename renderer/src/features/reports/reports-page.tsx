import { useMemo, useState } from 'react';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { currentUiLanguage } from '../../i18n';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fiscalQuarterOf, type FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { GeneratePanel } from './generate-panel';
import { MeetingDocumentsPanel } from './meeting-documents-panel';
import { NarrativeEditor } from './narrative-editor';
import { RedactionHitsPanel } from './redaction-hits-panel';
import { ReleaseRegister } from './release-register';
import { reportQueries } from './report-queries';
import { useRedactionReview } from './use-redaction-review';

type QuarterNumber = FiscalQuarter['quarter'];

export function ReportsPage() {
  const { t } = useTranslation('reports');
  const current = useMemo(() => fiscalQuarterOf(todayIsoDate()), []);
  const [quarter, setQuarter] = useState<FiscalQuarter>(current);
  const [narrativeLanguage, setNarrativeLanguage] = useState<ReportLanguage>(currentUiLanguage());
  /** From the French report's warning: the editor switches to French and takes the focus. */
  const writeNarrative = (language: ReportLanguage) => {
    setNarrativeLanguage(language);
    window.requestAnimationFrame(() => {
      const panel = document.getElementById('reports-narrative-panel');
      panel?.scrollIntoView({ block: 'start' });
      panel?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
    });
  };
  const redaction = useQuery(reportQueries.quarterlyRedaction(quarter));
  const review = useRedactionReview(redaction);
  const years = Array.from({ length: 6 }, (_, index) => current.fiscalYear - 4 + index);

  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">{t('title')}</h1>
      <h2>{t('quarterHeading')}</h2>
      <div className="reports-choices">
        <SelectField<string>
          label={t('fiscalYear')}
          value={String(quarter.fiscalYear)}
          options={years.map((year) => ({ value: String(year), label: `${year}–${String(year + 1).slice(2)}` }))}
          onChange={(year) => setQuarter((previous) => ({ ...previous, fiscalYear: Number(year) }))}
        />
        <SelectField<string>
          label={t('quarter')}
          value={String(quarter.quarter)}
          options={([1, 2, 3, 4] as const).map((number) => ({ value: String(number), label: t(`quarters.${number}`) }))}
          onChange={(number) => setQuarter((previous) => ({ ...previous, quarter: Number(number) as QuarterNumber }))}
        />
      </div>
      <NarrativeEditor quarter={quarter} language={narrativeLanguage} onLanguageChange={setNarrativeLanguage} />
      <ErrorBanner error={redaction.error} onRetry={() => void redaction.refetch()} />
      <RedactionHitsPanel
        document="quarterly_report"
        hits={review.hits}
        confirmed={review.confirmed}
        onRecheck={review.recheck}
        onConfirm={review.confirm}
      />
      <GeneratePanel
        quarter={quarter}
        confirmedHits={review.confirmedHits}
        blockedBy={review.blockedBy}
        onWriteNarrative={writeNarrative}
      />
      <MeetingDocumentsPanel />
      <ReleaseRegister />
    </section>
  );
}
