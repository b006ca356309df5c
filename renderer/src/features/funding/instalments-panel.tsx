import { useTranslation } from 'react-i18next';
import type { AgreementDetail, Instalment } from '../../../../shared/domain/funding/agreement-views';
import { instalmentDraftSchema } from '../../../../shared/domain/funding/entries';
import { fiscalQuarterLabel } from '../../../../shared/domain/fiscal-quarter';
import { FormTextField } from '../../forms/form-fields';
import { currentUiLanguage } from '../../i18n';
import { formatIsoDate, formatMoney } from '../../i18n/format';
import { EntryForm } from './entry-form';
import { EntryPanel } from './entry-panel';
import { useAddInstalment, useRemoveInstalment, useUpdateInstalment } from './funding-queries';
import { centsOf, moneyText, textOrNull, unreadableAmounts } from './money-text';

type Values = { dueOn: string; amountCents: string; note: string };

export function InstalmentsPanel({ agreement }: { agreement: AgreementDetail }) {
  const { t, i18n } = useTranslation('funding');
  const language = i18n.language;
  const add = useAddInstalment();
  const update = useUpdateInstalment();
  const remove = useRemoveInstalment();
  return (
    <EntryPanel<Instalment>
      title={t('instalments.title')}
      empty={t('instalments.none')}
      testId="funding-instalments"
      entries={agreement.instalments}
      columns={[
        { key: 'due', header: t('instalments.dueOn'), rowHeader: true, cell: (entry) => formatIsoDate(entry.dueOn) },
        { key: 'quarter', header: t('money.quarter'), cell: (entry) => fiscalQuarterLabel(entry.quarter, currentUiLanguage()) },
        { key: 'amount', header: t('entries.amount'), className: 'number', cell: (entry) => formatMoney(entry.amountCents) },
        { key: 'note', header: t('entries.note'), cell: (entry) => entry.note ?? '' },
      ]}
      removeLabel={(entry) => t('instalments.removeLabel', { date: entry.dueOn })}
      editLabel={(entry) => t('instalments.editLabel', { date: entry.dueOn })}
      onRemove={(entry) => remove.mutateAsync({ id: entry.id })}
      removeError={remove.error}
      removing={remove.isPending}
      addLabel={t('instalments.add')}
      form={(entry, onDone) => (
        <EntryForm
          label={entry ? t('instalments.editLabel', { date: entry.dueOn }) : t('instalments.add')}
          schema={instalmentDraftSchema}
          toInput={(values: Values) => ({ dueOn: values.dueOn, amountCents: centsOf(values.amountCents, language), note: textOrNull(values.note) })}
          unreadable={(values) => unreadableAmounts(values, ['amountCents'], language)}
          defaultValues={{ dueOn: entry?.dueOn ?? '', amountCents: moneyText(entry?.amountCents, language), note: entry?.note ?? '' }}
          issuePrefix="instalment"
          save={(instalment) => (entry ? update.mutateAsync({ id: entry.id, instalment }) : add.mutateAsync({ agreementId: agreement.id, instalment }))}
          error={(entry ? update : add).error}
          busy={(entry ? update : add).isPending}
          onDone={onDone}
        >
          {(control) => (
            <>
              <FormTextField control={control} name="dueOn" type="date" label={t('instalments.dueOn')} />
              <FormTextField control={control} name="amountCents" label={t('entries.amount')} hint={t('fields.approvedHint')} />
              <FormTextField control={control} name="note" label={t('entries.note')} />
            </>
          )}
        </EntryForm>
      )}
    />
  );
}
