import { useTranslation } from 'react-i18next';
import type { AgreementDetail, Payment } from '../../../../shared/domain/funding/agreement-views';
import { paymentDraftSchema } from '../../../../shared/domain/funding/entries';
import { fiscalQuarterLabel } from '../../../../shared/domain/fiscal-quarter';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { currentUiLanguage } from '../../i18n';
import { formatIsoDate, formatMoney } from '../../i18n/format';
import { EntryForm } from './entry-form';
import { EntryPanel } from './entry-panel';
import { useAddPayment, useRemovePayment, useUpdatePayment } from './funding-queries';
import { centsOf, moneyText, textOrNull, unreadableAmounts } from './money-text';

type Values = { paidOn: string; amountCents: string; claimId: string; note: string };

/** Payments made, each in the fiscal quarter of its date; the ledger refuses one beyond the amount approved. */
export function PaymentsPanel({ agreement }: { agreement: AgreementDetail }) {
  const { t, i18n } = useTranslation('funding');
  const language = i18n.language;
  const add = useAddPayment();
  const update = useUpdatePayment();
  const remove = useRemovePayment();
  const claimsById = new Map(agreement.claims.map((claim) => [claim.id, claim]));
  const claimOptions = [
    { value: '', label: t('payments.noClaim') },
    ...agreement.claims.map((claim) => ({ value: String(claim.id), label: t('payments.claimOption', { date: claim.receivedOn, amount: claim.amountCents }) })),
  ];
  return (
    <EntryPanel<Payment>
      title={t('payments.title')}
      empty={t('payments.none')}
      testId="funding-payments"
      entries={agreement.payments}
      columns={[
        { key: 'paid', header: t('payments.paidOn'), rowHeader: true, cell: (entry) => formatIsoDate(entry.paidOn) },
        { key: 'quarter', header: t('payments.quarter'), cell: (entry) => fiscalQuarterLabel(entry.quarter, currentUiLanguage()) },
        { key: 'amount', header: t('entries.amount'), className: 'number', cell: (entry) => formatMoney(entry.amountCents) },
        {
          key: 'claim',
          header: t('payments.claim'),
          cell: (entry) => {
            const claim = entry.claimId === null ? undefined : claimsById.get(entry.claimId);
            return claim ? t('payments.claimOption', { date: claim.receivedOn, amount: claim.amountCents }) : t('payments.noClaim');
          },
        },
        { key: 'note', header: t('entries.note'), cell: (entry) => entry.note ?? '' },
      ]}
      removeLabel={(entry) => t('payments.removeLabel', { date: entry.paidOn })}
      editLabel={(entry) => t('payments.editLabel', { date: entry.paidOn })}
      onRemove={(entry) => remove.mutateAsync({ id: entry.id })}
      removeError={remove.error}
      removing={remove.isPending}
      addLabel={t('payments.add')}
      form={(entry, onDone) => (
        <EntryForm
          label={entry ? t('payments.editLabel', { date: entry.paidOn }) : t('payments.add')}
          schema={paymentDraftSchema}
          toInput={(values: Values) => ({
            paidOn: values.paidOn,
            amountCents: centsOf(values.amountCents, language),
            claimId: values.claimId === '' ? null : Number(values.claimId),
            note: textOrNull(values.note),
          })}
          unreadable={(values) => unreadableAmounts(values, ['amountCents'], language)}
          defaultValues={{
            paidOn: entry?.paidOn ?? '',
            amountCents: moneyText(entry?.amountCents, language),
            claimId: entry?.claimId ? String(entry.claimId) : '',
            note: entry?.note ?? '',
          }}
          issuePrefix="payment"
          save={(payment) => (entry ? update.mutateAsync({ id: entry.id, payment }) : add.mutateAsync({ agreementId: agreement.id, payment }))}
          error={(entry ? update : add).error}
          busy={(entry ? update : add).isPending}
          onDone={onDone}
        >
          {(control) => (
            <>
              <FormTextField control={control} name="paidOn" type="date" label={t('payments.paidOn')} />
              <FormTextField control={control} name="amountCents" label={t('entries.amount')} hint={t('fields.approvedHint')} />
              <FormSelectField control={control} name="claimId" label={t('payments.claim')} options={claimOptions} />
              <FormTextField control={control} name="note" label={t('entries.note')} />
            </>
          )}
        </EntryForm>
      )}
    />
  );
}
