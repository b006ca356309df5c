import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { NetworkNames } from '../../../../shared/domain/report';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { ErrorBanner } from '../../ui/error-banner';
import { reportQueries, useSaveNetworkName } from './report-queries';

/** The network's name in English and French, as the reports print it in each language. */
export function NetworkNameSetting() {
  const { t } = useTranslation('reports');
  const settings = useQuery(reportQueries.settings());
  const save = useSaveNetworkName();
  const form = useContractForm({
    schema: contract['reports.networkName.save'].input,
    toInput: (values: { networkName: NetworkNames }) => values,
    defaultValues: { networkName: { en: '', fr: '' } },
    serverValues: settings.data && { networkName: settings.data.networkName },
  });
  return (
    <section aria-labelledby="reports-network-name" className="reports-panel">
      <h2 id="reports-network-name">{t('networkNameHeading')}</h2>
      <ErrorBanner error={settings.error} onRetry={() => void settings.refetch()} />
      <FormFrame
        form={form}
        onSubmit={(input) => save.mutateAsync(input)}
        error={save.error}
        submitLabel={t('saveNetworkName')}
        busy={save.isPending || settings.isPending}
        label={t('networkNameHeading')}
      >
        <FormTextField control={form.control} name="networkName.en" label={t('networkNameEn')} hint={t('networkNameHint')} />
        <FormTextField control={form.control} name="networkName.fr" label={t('networkNameFr')} />
        <p role="status">{save.isSuccess && !form.formState.isDirty ? t('networkNameSaved') : ''}</p>
      </FormFrame>
    </section>
  );
}
