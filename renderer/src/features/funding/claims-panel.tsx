import { useTranslation } from 'react-i18next';
import type { AgreementDetail, Claim } from '../../../../shared/domain/funding/agreement-views';
import { claimDraftSchema } from '../../../../shared/domain/funding/entries';
import { FormTextField } from '../../forms/form-fields';
import { formatIsoDate, formatMoney } from '../../i18n/format';
import { EntryForm } from './entry-form';
import { EntryPanel } from './entry-panel';
import { useAddClaim, useRemoveClaim, useUpdateClaim } from './funding-queries';
import { centsOf, fiscalYearLabel, moneyText, textOrNull, unreadableAmounts } from './money-text';

type Values = { receivedOn: string; periodFrom: string; periodTo: string; amountCents: string; note: string };

/** Claims received, each with its period; one crossing March 31 shows what each fiscal year is charged. */
export function ClaimsPanel({ agreement }: { agreement: AgreementDetail }) {
  const { t, i18n } = useTranslation('funding');
  const language = i18n.language;
  const add = useAddClaim();
  const update = useUpdateClaim();
  const remove = useRemoveClaim();
  return (
    <EntryPanel<Claim>
      title={t('claims.title')}
      empty={t('claims.none')}
      testId="funding-claims"
      entries={agreement.claims}
      columns={[
        { key: 'received', header: t('claims.receivedOn'), rowHeader: true, cell: (entry) => formatIsoDate(entry.receivedOn) },
        { key: 'period', header: t('claims.period'), cell: (entry) => t('period', { from: entry.periodFrom, to: entry.periodTo }) },
        { key: 'amount', header: t('entries.amount'), className: 'number', cell: (entry) => formatMoney(entry.amountCents) },
        {
          key: 'years',
          header: t('claims.byFiscalYear'),
          cell: (entry) => (
            <ul className="funding-shares">
              {entry.byFiscalYear.map((share) => (
                <li key={share.fiscalYear}>
                  {t('claims.share', { year: fiscalYearLabel(share.fiscalYear, language), amount: share.amountCents, days: share.days })}
                </li>
              ))}
            </ul>
          ),
        },
        { key: 'note', header: t('entries.note'), cell: (entry) => entry.note ?? '' },
      ]}
      removeLabel={(entry) => t('claims.removeLabel', { date: entry.receivedOn })}
      editLabel={(entry) => t('claims.editLabel', { date: entry.receivedOn })}
      onRemove={(entry) => remove.mutateAsync({ id: entry.id })}
      removeError={remove.error}
      removing={remove.isPending}
      addLabel={t('claims.add')}
      form={(entry, onDone) => (
        <EntryForm
          label={entry ? t('claims.editLabel', { date: entry.receivedOn }) : t('claims.add')}
          schema={claimDraftSchema}
          toInput={(values: Values) => ({ ...values, amountCents: centsOf(values.amountCents, language), note: textOrNull(values.note) })}
          unreadable={(values) => unreadableAmounts(values, ['amountCents'], language)}
          defaultValues={{
            receivedOn: entry?.receivedOn ?? '',
            periodFrom: entry?.periodFrom ?? '',
            periodTo: entry?.periodTo ?? '',
            amountCents: moneyText(entry?.amountCents, language),
            note: entry?.note ?? '',
          }}
          issuePrefix="claim"
          save={(claim) => (entry ? update.mutateAsync({ id: entry.id, claim }) : add.mutateAsync({ agreementId: agreement.id, claim }))}
          error={(entry ? update : add).error}
          busy={(entry ? update : add).isPending}
          onDone={onDone}
        >
          {(control) => (
            <>
              <FormTextField control={control} name="receivedOn" type="date" label={t('claims.receivedOn')} />
              <FormTextField control={control} name="periodFrom" type="date" label={t('claims.periodFrom')} />
              <FormTextField control={control} name="periodTo" type="date" label={t('claims.periodTo')} />
              <FormTextField control={control} name="amountCents" label={t('entries.amount')} hint={t('fields.approvedHint')} />
              <FormTextField control={control} name="note" label={t('entries.note')} />
            </>
          )}
        </EntryForm>
      )}
    />
  );
}
