import { useTranslation } from 'react-i18next';
import type { ImportCheck, ImportProblem } from '../../../../shared/contract/imports';
import { localeOf } from '../../i18n/format';

/** "rows 3, 9, 11 and 40 more": row numbers as the spreadsheet shows them (no thousands separator). */
function RowList({ problem }: { problem: ImportProblem }) {
  const { t, i18n } = useTranslation('imports');
  const locale = localeOf(i18n.language);
  const rowNumber = new Intl.NumberFormat(locale, { useGrouping: false });
  const more = problem.rowCount - problem.rowNumbers.length;
  // "rows 3, 5 and 6", but "rows 3, 5, 6 and 40 more": the last "and" belongs to the count.
  const rows = new Intl.ListFormat(locale, { type: 'conjunction', style: more > 0 ? 'narrow' : 'long' }).format(
    problem.rowNumbers.map((row) => rowNumber.format(row)),
  );
  return (
    <span className="imports-problem__rows">
      {more > 0 ? t('problemRowsMore', { rows, count: more }) : t('problemRows', { rows, count: problem.rowCount })}
    </span>
  );
}

function ProblemLine({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation('imports');
  const field = problem.field ? t(`fields.${problem.field}`) : '';
  const sentence = t(`problems.${problem.code}`, {
    field,
    value: problem.value ?? '',
    max: problem.max ?? 0,
    count: problem.valueCount,
  });
  return (
    <li className="imports-problem">
      <strong>{sentence}</strong>
      {problem.column && <span className="muted"> {t('problemColumn', { column: problem.column })}</span>} —{' '}
      <RowList problem={problem} />
      {problem.examples.length > 0 && (
        <span className="muted">
          {' '}
          {t('problemExamples', {
            examples: problem.examples.map((example) => t('quoted', { text: example })).join(', '),
          })}
        </span>
      )}
    </li>
  );
}

/** Every problem once, with the rows it affects, the most frequent first; nothing is written meanwhile. */
export function ImportProblemsList({ check }: { check: ImportCheck }) {
  const { t } = useTranslation('imports');
  if (check.invalidRowCount === 0) return null;
  return (
    <section aria-labelledby="imports-errors-title" className="imports-errors">
      <h2 id="imports-errors-title">{t('errorsTitle')}</h2>
      <p>{t('errorsIntro', { count: check.invalidRowCount })}</p>
      <ul className="imports-problems" aria-labelledby="imports-errors-title">
        {check.problems.map((problem) => (
          <ProblemLine key={`${problem.code}-${problem.column}-${problem.value ?? ''}`} problem={problem} />
        ))}
      </ul>
      {check.problems.length < check.problemCount && (
        <p className="muted">{t('errorsMore', { shown: check.problems.length, count: check.problemCount })}</p>
      )}
    </section>
  );
}
