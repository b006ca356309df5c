import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import { quarterlyNarrativeSchema, type QuarterlyNarrative } from '../../../../shared/domain/report';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { ErrorBanner } from '../../ui/error-banner';
import { reportQueries, useSaveNarrative } from './report-queries';

const empty: QuarterlyNarrative = { highlights: '', challenges: '', lessonsLearned: '' };

/** The coordinator's highlights, challenges and lessons, stored with the quarter; saving rechecks the names in it. */
export function NarrativeEditor({ quarter }: { quarter: FiscalQuarter }) {
  const { t } = useTranslation('reports');
  const stored = useQuery(reportQueries.narrative(quarter));
  const save = useSaveNarrative();
  const form = useContractForm({
    schema: quarterlyNarrativeSchema,
    toInput: (values: QuarterlyNarrative) => values,
    defaultValues: empty,
    serverValues: stored.data,
  });
  return (
    <section aria-labelledby="reports-narrative" className="reports-panel">
      <h3 id="reports-narrative">{t('narrativeHeading')}</h3>
      <ErrorBanner error={stored.error} onRetry={() => void stored.refetch()} />
      <FormFrame
        form={form}
        onSubmit={(narrative) => save.mutateAsync({ quarter, narrative })}
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
    </section>
  );
}
