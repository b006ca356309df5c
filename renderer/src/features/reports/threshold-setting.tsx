import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { numberFromInput } from '../../forms/number-input';
import { useContractForm } from '../../forms/use-contract-form';
import { ErrorBanner } from '../../ui/error-banner';
import { reportQueries, useSaveReportSettings } from './report-queries';

/** The small-count threshold every report for funders and government uses. */
export function ThresholdSetting() {
  const { t } = useTranslation('reports');
  const settings = useQuery(reportQueries.settings());
  const save = useSaveReportSettings();
  const form = useContractForm({
    schema: contract['reports.settings.save'].input,
    toInput: (values: { suppressionThreshold: string }) => ({ suppressionThreshold: numberFromInput(values.suppressionThreshold) }),
    defaultValues: { suppressionThreshold: '' },
    serverValues: settings.data && { suppressionThreshold: String(settings.data.suppressionThreshold) },
  });
  return (
    <section aria-labelledby="reports-privacy" className="reports-panel">
      <h2 id="reports-privacy">{t('privacyHeading')}</h2>
      <ErrorBanner error={settings.error} onRetry={() => void settings.refetch()} />
      <FormFrame
        form={form}
        onSubmit={(input) => save.mutateAsync(input)}
        error={save.error}
        submitLabel={t('saveThreshold')}
        busy={save.isPending}
        label={t('privacyHeading')}
      >
        <FormTextField control={form.control} name="suppressionThreshold" type="number" label={t('threshold')} hint={t('thresholdHint')} />
        <p role="status">{save.isSuccess && !form.formState.isDirty ? t('thresholdSaved') : ''}</p>
      </FormFrame>
    </section>
  );
}
