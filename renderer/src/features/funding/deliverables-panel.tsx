import { useTranslation } from 'react-i18next';
import { useWatch, type Control } from 'react-hook-form';
import type { AgreementDetail, Deliverable } from '../../../../shared/domain/funding/agreement-views';
import { deliverableDraftSchema, deliverableKinds, type DeliverableKind } from '../../../../shared/domain/funding/entries';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { formatIsoDate } from '../../i18n/format';
import { EntryForm } from './entry-form';
import { EntryPanel } from './entry-panel';
import { useAddDeliverable, useRemoveDeliverable, useUpdateDeliverable } from './funding-queries';
import { textOrNull } from './money-text';

type Values = { kind: DeliverableKind; description: string; dueOn: string; receivedOn: string; note: string };

/** Milestones and the reports an agreement owes; the Dashboard lists those due soon or overdue. */
export function DeliverablesPanel({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('funding');
  const add = useAddDeliverable();
  const update = useUpdateDeliverable();
  const remove = useRemoveDeliverable();
  const today = todayIsoDate();
  const what = (entry: Deliverable) => entry.description ?? t(`deliverables.kinds.${entry.kind}`);
  const draftOf = (entry: Deliverable, receivedOn: string | null) => ({
    kind: entry.kind,
    description: entry.description,
    dueOn: entry.dueOn,
    receivedOn,
    note: entry.note,
  });
  return (
    <EntryPanel<Deliverable>
      title={t('deliverables.title')}
      empty={t('deliverables.none')}
      testId="funding-deliverables"
      entries={agreement.deliverables}
      columns={[
        { key: 'kind', header: t('deliverables.kind'), rowHeader: true, cell: (entry) => t(`deliverables.kinds.${entry.kind}`) },
        { key: 'description', header: t('deliverables.description'), cell: (entry) => entry.description ?? '' },
        { key: 'due', header: t('deliverables.dueOn'), cell: (entry) => formatIsoDate(entry.dueOn) },
        {
          key: 'state',
          header: t('deliverables.state'),
          cell: (entry) =>
            entry.receivedOn ? (
              t('deliverables.received', { date: entry.receivedOn })
            ) : entry.dueOn < today ? (
              <span className="dashboard-overdue">{t('deliverables.overdue')}</span>
            ) : (
              t('deliverables.outstanding')
            ),
        },
      ]}
      rowActions={(entry) =>
        entry.receivedOn === null && (
          <button
            type="button"
            aria-label={t('deliverables.markReceivedLabel', { what: what(entry), date: entry.dueOn })}
            disabled={update.isPending}
            onClick={() => update.mutate({ id: entry.id, deliverable: draftOf(entry, today) })}
          >
            {t('deliverables.markReceived')}
          </button>
        )
      }
      removeLabel={(entry) => t('deliverables.removeLabel', { what: what(entry), date: entry.dueOn })}
      editLabel={(entry) => t('deliverables.editLabel', { what: what(entry), date: entry.dueOn })}
      onRemove={(entry) => remove.mutateAsync({ id: entry.id })}
      removeError={remove.error ?? update.error}
      removing={remove.isPending}
      addLabel={t('deliverables.add')}
      form={(entry, onDone) => (
        <EntryForm
          label={entry ? t('deliverables.editLabel', { what: what(entry), date: entry.dueOn }) : t('deliverables.title')}
          schema={deliverableDraftSchema}
          toInput={(values: Values) => ({
            kind: values.kind,
            description: textOrNull(values.description),
            dueOn: values.dueOn,
            receivedOn: values.receivedOn === '' ? null : values.receivedOn,
            note: textOrNull(values.note),
          })}
          defaultValues={{
            kind: entry?.kind ?? 'interim_report',
            description: entry?.description ?? '',
            dueOn: entry?.dueOn ?? '',
            receivedOn: entry?.receivedOn ?? '',
            note: entry?.note ?? '',
          }}
          issuePrefix="deliverable"
          save={(deliverable) => (entry ? update.mutateAsync({ id: entry.id, deliverable }) : add.mutateAsync({ agreementId: agreement.id, deliverable }))}
          error={(entry ? update : add).error}
          busy={(entry ? update : add).isPending}
          onDone={onDone}
        >
          {(control) => <DeliverableFields control={control} />}
        </EntryForm>
      )}
    />
  );
}

function DeliverableFields({ control }: { control: Control<Values, unknown, unknown> }) {
  const { t } = useTranslation('funding');
  const kind = useWatch({ control, name: 'kind' });
  return (
    <>
      <FormSelectField control={control} name="kind" label={t('deliverables.kind')} options={deliverableKinds.map((value) => ({ value, label: t(`deliverables.kinds.${value}`) }))} />
      <FormTextField control={control} name="description" label={t('deliverables.description')} hint={kind === 'milestone' ? t('deliverables.descriptionHint') : undefined} />
      <FormTextField control={control} name="dueOn" type="date" label={t('deliverables.dueOn')} />
      <FormTextField control={control} name="receivedOn" type="date" label={t('deliverables.receivedOn')} />
      <FormTextField control={control} name="note" label={t('entries.note')} />
    </>
  );
}
