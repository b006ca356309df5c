import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateAction } from '../../../../shared/contract/imports';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { ImportDuplicatesList } from './import-duplicates-list';
import { ImportFilePicker } from './import-file-picker';
import { ImportMappingTable } from './import-mapping-table';
import { ImportPreviewTable } from './import-preview-table';
import { ImportProblemsList } from './import-problems-list';
import { ImportReadingProgress } from './import-reading-progress';
import { useImportJob } from './use-import-job';

/** #/members/import: pick a file, match columns, review problems and duplicates, then commit at once. */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const { state, start, setMapping, commit, reset } = useImportJob();
  const [defaultAction, setDefaultAction] = useState<DuplicateAction>('skip');
  const [overrides, setOverrides] = useState<ReadonlyMap<number, DuplicateAction>>(new Map());
  const sheet = state.progress?.sheet ?? undefined;
  const check = state.check;
  const busy = state.phase === 'sending' || state.phase === 'reading' || state.phase === 'committing';
  const canCommit =
    state.phase === 'ready' &&
    !state.checking &&
    !!check &&
    check.missingFields.length === 0 &&
    check.errorCount === 0 &&
    check.rowCount > 0;

  const pick = (file: File) => {
    setOverrides(new Map());
    setDefaultAction('skip');
    void start(file);
  };

  return (
    <section aria-labelledby="imports-title" className="imports">
      <p>
        <a href={hrefFor('members')}>← {t('back')}</a>
      </p>
      <h1 id="imports-title">{t('title')}</h1>
      <p>{t('intro')}</p>

      {state.phase === 'done' && state.result ? (
        <div className="banner banner--success" role="status">
          <p>{t('done', state.result)}</p>
          <div className="actions">
            <a className="button button--primary" href={hrefFor('members')}>
              {t('viewMembers')}
            </a>
            <button type="button" onClick={reset}>
              {t('startOver')}
            </button>
          </div>
        </div>
      ) : (
        <ImportFilePicker onPick={pick} disabled={busy} />
      )}

      {(state.phase === 'sending' || state.phase === 'reading') && (
        <ImportReadingProgress progress={state.progress} sending={state.phase === 'sending'} />
      )}
      {state.phase === 'failed' && (
        <div className="banner banner--error" role="alert">
          <strong>{t('readFailed')}</strong>
          <p>{state.error?.message}</p>
        </div>
      )}
      {state.phase !== 'failed' && <ErrorBanner error={state.error} />}

      {sheet && (state.phase === 'ready' || state.phase === 'committing') && (
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
          <ImportMappingTable sheet={sheet} mapping={state.mapping} onChange={setMapping} />
          {check?.missingFields.map((field) => (
            <p key={field} className="field__error" role="alert">
              {t('missingField', { field: t(`fields.${field}`) })}
            </p>
          ))}
          <p className="field__hint">{t('defaultsNote')}</p>

          <h2>{t('previewTitle')}</h2>
          <ImportPreviewTable sheet={sheet} />

          <p role="status" aria-live="polite" className="imports-summary">
            {state.checking || !check ? t('checking') : t('checkSummary', check)}
          </p>
          {check && !state.checking && (
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

          {state.commitError && (
            <div className="banner banner--error" role="alert">
              <strong>{t('commitFailed')}</strong>
              <p>{state.commitError.message}</p>
              {state.commitError.issues.length > 0 && (
                <ul>
                  {state.commitError.issues.map((issue) => (
                    <li key={`${issue.path}-${issue.message}`}>{issue.message}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              className="button--primary"
              disabled={!canCommit}
              onClick={() => void commit(defaultAction, overrides)}
            >
              {state.phase === 'committing'
                ? t('committing')
                : t('commit', { count: check?.rowCount ?? sheet.rowCount })}
            </button>
            <button type="button" onClick={reset} disabled={state.phase === 'committing'}>
              {t('startOver')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
