import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { currentUiLanguage } from '../../i18n';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { downloadReportFile } from './download-file';

type Format = 'docx' | 'xlsx';
type Progress = { state: 'idle' } | { state: 'working'; format: Format } | { state: 'done'; fileName: string };

/** Language, version and the two files; shows progress while the main process builds the document. */
export function GeneratePanel({ quarter, confirmedHits, blocked }: { quarter: FiscalQuarter; confirmedHits: string[]; blocked: boolean }) {
  const { t } = useTranslation('reports');
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const [status, setStatus] = useState<'draft' | 'final'>('draft');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const [error, setError] = useState<AppError>();

  const generate = async (format: Format) => {
    setError(undefined);
    setProgress({ state: 'working', format });
    try {
      const file = await call('reports.quarterly.generate', { quarter, format, language, status, confirmedHits });
      downloadReportFile(file);
      setProgress({ state: 'done', fileName: file.fileName });
    } catch (caught) {
      setProgress({ state: 'idle' });
      setError(caught instanceof AppError ? caught : new AppError({ code: 'internal', message: String(caught) }));
    }
  };

  const working = progress.state === 'working';
  return (
    <section aria-labelledby="reports-generate" className="reports-panel">
      <h3 id="reports-generate">{t('generateHeading')}</h3>
      <div className="reports-choices">
        <SelectField<ReportLanguage>
          label={t('reportLanguage')}
          value={language}
          options={[
            { value: 'en', label: 'English' },
            { value: 'fr', label: 'Français' },
          ]}
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
      <ErrorBanner error={error} />
      <div className="actions">
        <button type="button" className="button--primary" disabled={working || blocked} onClick={() => void generate('docx')}>
          {t('generateDocx')}
        </button>
        <button type="button" className="button--primary" disabled={working || blocked} onClick={() => void generate('xlsx')}>
          {t('generateXlsx')}
        </button>
      </div>
      <div role="status" className="reports-progress">
        {working && (
          <>
            <progress aria-label={t('generating', { format: progress.format === 'docx' ? 'Word' : 'Excel' })} />
            <span>{t('generating', { format: progress.format === 'docx' ? 'Word' : 'Excel' })}</span>
          </>
        )}
        {progress.state === 'done' && t('downloaded', { fileName: progress.fileName })}
      </div>
    </section>
  );
}
