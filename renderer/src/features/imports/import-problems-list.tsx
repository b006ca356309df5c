import { useTranslation } from 'react-i18next';
import type { ImportCheck } from '../../../../shared/contract/imports';

/** Every row problem by row number, column and reason, before anything is written. */
export function ImportProblemsList({ check }: { check: ImportCheck }) {
  const { t } = useTranslation('imports');
  if (check.errorCount === 0) return null;
  return (
    <section aria-labelledby="imports-errors-title" className="imports-errors">
      <h2 id="imports-errors-title">{t('errorsTitle')}</h2>
      <p>{t('errorsIntro')}</p>
      {check.errors.length < check.errorCount && (
        <p className="muted">{t('errorsMore', { shown: check.errors.length, count: check.errorCount })}</p>
      )}
      <div className="imports-scroll" tabIndex={0} role="region" aria-labelledby="imports-errors-title">
        <table className="imports-table">
          <thead>
            <tr>
              <th scope="col">{t('rowHeader')}</th>
              <th scope="col">{t('columnHeaderShort')}</th>
              <th scope="col">{t('reasonHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {check.errors.map((error, index) => (
              <tr key={`${error.rowNumber}-${index}`}>
                <td>{error.rowNumber}</td>
                <td>{error.column}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
