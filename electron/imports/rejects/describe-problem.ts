import i18next from 'i18next';
import { importFieldLabels, importProblemText } from '../../../shared/i18n/import-problems-text';
import type { RowProblem } from '../row-problem';

export type ReportLanguage = 'en' | 'fr';

// The same words the import page shows (shared/i18n), through i18next as there: one copy of each sentence.
const translator = i18next.createInstance();
void translator.init({
  resources: {
    en: { imports: { fields: importFieldLabels.en, problems: importProblemText.en } },
    fr: { imports: { fields: importFieldLabels.fr, problems: importProblemText.fr } },
  },
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'imports',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** One problem of a row in words, for the reason column of the rejected rows. */
export function describeProblem(problem: RowProblem, language: ReportLanguage): string {
  const field = problem.field ? translator.t(`fields.${problem.field}`, { lng: language }) : '';
  return translator.t(`problems.${problem.code}`, {
    lng: language,
    field,
    value: problem.value ?? '',
    max: problem.max ?? 0,
  });
}
