import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import { quarterlyNarrativeSchema, type QuarterlyNarrative, type ReportLanguage } from '../../../../shared/domain/report';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { languageOptions } from './report-language-options';
import { reportQueries, useSaveNarrative } from './report-queries';

const empty: QuarterlyNarrative = { highlights: '', challenges: '', lessonsLearned: '' };

/**
 * The coordinator's highlights, challenges and lessons, stored with the quarter in each language
 * (each report prints its own language's); saving rechecks the names in it.
 */
export function NarrativeEditor({
  quarter,
  language,
  onLanguageChange,
}: {
  quarter: FiscalQuarter;
  language: ReportLanguage;
  onLanguageChange: (language: ReportLanguage) => void;
}) {
  const { t } = useTranslation('reports');
  return (
    <section aria-labelledby="reports-narrative" className="reports-panel" id="reports-narrative-panel">
      <h3 id="reports-narrative">{t('narrativeHeading')}</h3>
      <div className="reports-choices">
        <SelectField<ReportLanguage>
          label={t('narrativeLanguage')}
          hint={t('narrativeLanguageHint')}
          value={language}
          options={languageOptions}
          onChange={onLanguageChange}
        />
      </div>
      <NarrativeForm key={`${quarter.fiscalYear}-${quarter.quarter}-${language}`} quarter={quarter} language={language} />
    </section>
  );
}

function NarrativeForm({ quarter, language }: { quarter: FiscalQuarter; language: ReportLanguage }) {
  const { t } = useTranslation('reports');
  const stored = useQuery(reportQueries.narrative(quarter, language));
  const save = useSaveNarrative();
  const form = useContractForm({
    schema: quarterlyNarrativeSchema,
    toInput: (values: QuarterlyNarrative) => values,
    defaultValues: empty,
    serverValues: stored.data,
  });
  return (
    <>
      <ErrorBanner error={stored.error} onRetry={() => void stored.refetch()} />
      <FormFrame
        form={form}
        onSubmit={(narrative) => save.mutateAsync({ quarter, language, narrative })}
        error={save.error}
        issuePrefix="narrative"
        submitLabel={t('saveNarrative')}
        busy={save.isPending || stored.isPending}
        label={t('narrativeHeading')}
      >
        <FormTextField control={form.control} name="highlights" label={t('highlights')} multiline />
        <FormTextField control={form.control} name="challenges" label={t('challenges')} multiline />
        <FormTextField control={form.control} name="lessonsLearned" label={t('lessonsLearned')} multiline />
        <p role="status">{save.isSuccess && !form.formState.isDirty ? t('narrativeSaved') : ''}</p>
      </FormFrame>
    </>
  );
}
