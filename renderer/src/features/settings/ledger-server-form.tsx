import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { ErrorBanner } from '../../ui/error-banner';
import { settingsQueries, useSetLedgerServer } from './settings-queries';

/**
 * Where the ledger lives from the next start: the file on this computer, or a PostgreSQL server that
 * several coordinators share, each signing in with their own role. The address is never shown back
 * with its password.
 */
export function LedgerServerForm() {
  const { t } = useTranslation('settings');
  const server = useQuery(settingsQueries.server());
  const save = useSetLedgerServer();
  const form = useContractForm({
    schema: contract['ledger.setServer'].input,
    toInput: (values: { databaseUrl: string }) => ({ databaseUrl: values.databaseUrl }),
    defaultValues: { databaseUrl: '' },
  });
  const choice = server.data;
  return (
    <section aria-labelledby="ledger-server-title">
      <h3 id="ledger-server-title">{t('server.title')}</h3>
      <p>{t('server.explanation')}</p>
      <ErrorBanner error={server.error} onRetry={() => void server.refetch()} />
      {choice && (
        <p role="status">
          {choice.savedServer ? t('server.savedServer', { address: choice.savedServer }) : t('server.savedFile')}{' '}
          {choice.chosenOutsideSettings && t('server.chosenOutside', { address: choice.currentServer })}
        </p>
      )}
      <FormFrame
        form={form}
        onSubmit={async (input) => {
          await save.mutateAsync(input);
          form.reset({ databaseUrl: '' });
        }}
        error={save.error}
        submitLabel={t('server.save')}
        busy={save.isPending}
        label={t('server.title')}
        className="ledger-server-form"
      >
        <FormTextField control={form.control} name="databaseUrl" label={t('server.address')} hint={t('server.addressHint')} />
      </FormFrame>
      {choice?.savedServer && (
        <button type="button" disabled={save.isPending} onClick={() => save.mutate({ databaseUrl: null })}>
          {t('server.useFile')}
        </button>
      )}
    </section>
  );
}
