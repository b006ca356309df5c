import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateAction } from '../../../../shared/contract/imports';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { ImportCommitChoice } from './import-commit-choice';
import { ImportDone } from './import-done';
import { ImportDuplicatesList } from './import-duplicates-list';
import { ImportFilePicker } from './import-file-picker';
import { ImportMappingTable } from './import-mapping-table';
import { ImportPreviewTable } from './import-preview-table';
import { ImportProblemsList } from './import-problems-list';
import { ImportReadingProgress } from './import-reading-progress';
import { ImportValuesStep } from './import-values-step';
import { useImportJob } from './use-import-job';

/**
 * #/members/import: pick a file, match its columns, then its values, review the problems (one line
 * each) and the duplicates, and import: every row at once, or by explicit choice the valid rows only.
 */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const job = useImportJob();
  const [defaultAction, setDefaultAction] = useState<DuplicateAction>('skip');
  const [overrides, setOverrides] = useState<ReadonlyMap<number, DuplicateAction>>(new Map());
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const { sheet, phase } = job;
  const check = job.check.data;
  const checking = job.check.isFetching || job.values.isFetching;

  const pick = (file: File) => {
    setOverrides(new Map());
    setDefaultAction('skip');
    setValidRowsOnly(false);
    job.pickFile(file);
  };
  const startOver = () => {
    setValidRowsOnly(false);
    job.reset();
  };

  return (
    <section aria-labelledby="imports-title" className="imports">
      <p>
        <a href={hrefFor('members')}>← {t('back')}</a>
      </p>
      <h1 id="imports-title">{t('title')}</h1>
      <p>{t('intro')}</p>

      {phase === 'done' && job.commit.data && job.jobId ? (
        <ImportDone result={job.commit.data} jobId={job.jobId} onStartOver={startOver} />
      ) : (
        <ImportFilePicker onPick={pick} disabled={phase === 'sending' || phase === 'reading' || job.commit.isPending} />
      )}

      {(phase === 'sending' || phase === 'reading') && (
        <ImportReadingProgress progress={job.progress} sending={phase === 'sending'} />
      )}
      {phase === 'failed' && (
        <div className="banner banner--error" role="alert">
          <strong>{t('readFailed')}</strong>
          {job.progress?.error ? <p>{job.progress.error}</p> : <ErrorBanner error={job.readError} />}
        </div>
      )}

      {sheet && phase === 'ready' && (
        <>
          <p>
            {t('sheetFound', {
              fileName: sheet.fileName,
              count: sheet.rowCount,
              header: sheet.headerRowNumber,
              format: sheet.format === 'xlsx' ? 'Excel .xlsx' : 'CSV',
            })}{' '}
            {sheet.encoding && t('encoding', { encoding: sheet.encoding })}
          </p>
          <h2>{t('mappingTitle')}</h2>
          <p>{t('mappingIntro')}</p>
          <ImportMappingTable sheet={sheet} mapping={job.mapping} onChange={job.setMapping} />
          {check?.missingFields.map((field) => (
            <p key={field} className="field__error" role="alert">
              {t('missingField', { field: t(`fields.${field}`) })}
            </p>
          ))}
          <p className="field__hint">{t('defaultsNote')}</p>

          <h2>{t('previewTitle')}</h2>
          <ImportPreviewTable sheet={sheet} />

          <ErrorBanner error={job.values.error ?? job.check.error} onRetry={() => void job.check.refetch()} />
          {job.values.data && <ImportValuesStep values={job.values.data} picked={job.picked} onPick={job.pick} />}

          <p role="status" aria-live="polite" className="imports-summary">
            {checking || !check
              ? t('checking')
              : t('checkSummary', {
                  fresh: t('summary.fresh', { count: check.newCount }),
                  duplicates: t('summary.duplicates', { count: check.duplicateCount }),
                  problems: t('summary.problems', { count: check.invalidRowCount }),
                })}
          </p>
          {check && (
            <>
              <ImportProblemsList check={check} />
              <ImportDuplicatesList
                check={check}
                defaultAction={defaultAction}
                onDefaultChange={setDefaultAction}
                overrides={overrides}
                onOverride={(rowNumber, action) => setOverrides((previous) => new Map(previous).set(rowNumber, action))}
              />
            </>
          )}

          {job.commit.error && (
            <div className="banner banner--error" role="alert">
              <strong>{t('commitFailed')}</strong>
              <ErrorBanner error={job.commit.error} />
            </div>
          )}
          <div className="actions">
            <ImportCommitChoice
              check={check}
              checking={checking}
              committing={job.commit.isPending}
              validRowsOnly={validRowsOnly}
              onValidRowsOnlyChange={setValidRowsOnly}
              onImport={() => job.runImport(defaultAction, overrides, validRowsOnly)}
            />
            <button type="button" onClick={startOver} disabled={job.commit.isPending}>
              {t('startOver')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
