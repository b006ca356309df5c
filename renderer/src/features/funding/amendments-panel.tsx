import { useTranslation } from 'react-i18next';
import type { AgreementDetail, AmendmentView } from '../../../../shared/domain/funding/agreement-views';
import { amendmentDraftSchema } from '../../../../shared/domain/funding/entries';
import { FormTextField } from '../../forms/form-fields';
import { formatIsoDate, formatMoney } from '../../i18n/format';
import { EntryForm } from './entry-form';
import { EntryPanel } from './entry-panel';
import { useAddAmendment, useRemoveAmendment } from './funding-queries';
import { centsOf, unreadableAmounts } from './money-text';

type Values = { amendedOn: string; newAmountCents: string; reason: string };

/** The only way to change the amount once approved: a record of the decision, never edited in place. */
export function AmendmentsPanel({ agreement }: { agreement: AgreementDetail }) {
  const { t, i18n } = useTranslation('funding');
  const language = i18n.language;
  const add = useAddAmendment();
  const remove = useRemoveAmendment();
  return (
    <EntryPanel<AmendmentView>
      title={t('amendments.title')}
      empty={t('amendments.none')}
      testId="funding-amendments"
      entries={agreement.amendments}
      columns={[
        { key: 'on', header: t('amendments.amendedOn'), rowHeader: true, cell: (entry) => formatIsoDate(entry.amendedOn) },
        { key: 'amount', header: t('amendments.newAmount'), className: 'number', cell: (entry) => formatMoney(entry.newAmountCents) },
        { key: 'reason', header: t('amendments.reason'), cell: (entry) => entry.reason },
      ]}
      removeLabel={(entry) => t('amendments.removeLabel', { date: entry.amendedOn })}
      onRemove={(entry) => remove.mutateAsync({ id: entry.id })}
      removeError={remove.error}
      removing={remove.isPending}
      addLabel={t('amendments.add')}
      form={(_entry, onDone) => (
        <EntryForm
          label={t('amendments.add')}
          schema={amendmentDraftSchema}
          toInput={(values: Values) => ({ ...values, newAmountCents: centsOf(values.newAmountCents, language) })}
          unreadable={(values) => unreadableAmounts(values, ['newAmountCents'], language)}
          defaultValues={{ amendedOn: '', newAmountCents: '', reason: '' }}
          issuePrefix="amendment"
          save={(amendment) => add.mutateAsync({ agreementId: agreement.id, amendment })}
          error={add.error}
          busy={add.isPending}
          onDone={onDone}
        >
          {(control) => (
            <>
              <FormTextField control={control} name="amendedOn" type="date" label={t('amendments.amendedOn')} />
              <FormTextField control={control} name="newAmountCents" label={t('amendments.newAmount')} hint={t('fields.approvedHint')} />
              <FormTextField control={control} name="reason" label={t('amendments.reason')} multiline />
            </>
          )}
        </EntryForm>
      )}
    />
  );
}
