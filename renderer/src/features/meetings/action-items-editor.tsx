import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { actionItemDraftSchema, actionItemStatuses, type ActionItem, type ActionItemStatus, type Minutes } from '../../../../shared/domain/minutes';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { useAddActionItem, useSetActionItemStatus } from './meeting-queries';
import { FormMemberPicker, type PickedMember } from './member-picker';

type ActionItemValues = { description: string; ownerMemberId: PickedMember | null; ownerName: string; dueOn: string };

/**
 * Action items of one set of minutes. Their status can still be followed up after approval;
 * what, who and when are part of the record and lock with the minutes.
 */
export function ActionItemsEditor({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  const setStatus = useSetActionItemStatus();
  return (
    <section aria-labelledby="action-items-title">
      <h3 id="action-items-title">{t('actionItems')}</h3>
      {minutes.actionItems.length === 0 ? (
        <p>{t('noActionItems')}</p>
      ) : (
        <DataTable<ActionItem>
          caption={t('actionItems')}
          rows={minutes.actionItems}
          rowKey={(item) => item.id}
          rowTestId="action-item-row"
          columns={[
            { key: 'what', header: t('what'), rowHeader: true, cell: (item) => item.description },
            { key: 'owner', header: t('owner'), cell: (item) => item.owner ?? '—' },
            { key: 'due', header: t('dueOn'), cell: (item) => (item.dueOn ? formatIsoDate(item.dueOn) : '—') },
            {
              key: 'status',
              header: t('status'),
              cell: (item) => (
                <select
                  aria-label={t('statusFor', { what: item.description })}
                  value={item.status}
                  onChange={(event) => setStatus.mutate({ id: item.id, status: event.target.value as ActionItemStatus })}
                >
                  {actionItemStatuses.map((status) => (
                    <option key={status} value={status}>
                      {t(`actionStatuses.${status}`)}
                    </option>
                  ))}
                </select>
              ),
            },
          ]}
        />
      )}
      <ErrorBanner error={setStatus.error} />
      {!minutes.locked && <AddActionItemForm minutesId={minutes.id} />}
    </section>
  );
}

function AddActionItemForm({ minutesId }: { minutesId: number }) {
  const { t } = useTranslation('minutes');
  const add = useAddActionItem();
  const form = useContractForm({
    schema: actionItemDraftSchema,
    toInput: (values: ActionItemValues) => ({
      description: values.description,
      sectionId: null,
      ownerMemberId: values.ownerMemberId?.id ?? null,
      ownerName: values.ownerMemberId ? null : values.ownerName,
      dueOn: values.dueOn === '' ? null : values.dueOn,
      status: 'open' as const,
    }),
    defaultValues: { description: '', ownerMemberId: null, ownerName: '', dueOn: '' },
  });
  const owner = useWatch({ control: form.control, name: 'ownerMemberId' });
  return (
    <FormFrame
      form={form}
      onSubmit={(item) => add.mutateAsync({ minutesId, item })}
      error={add.error}
      issuePrefix="item"
      submitLabel={t('addActionItem')}
      busy={add.isPending}
      label={t('addActionItem')}
      afterSave="clear"
    >
      <FormTextField control={form.control} name="description" label={t('what')} />
      <FormMemberPicker control={form.control} name="ownerMemberId" label={t('ownerMember')} />
      {!owner && <FormTextField control={form.control} name="ownerName" label={t('ownerName')} />}
      <FormTextField control={form.control} name="dueOn" type="date" label={t('dueOn')} />
    </FormFrame>
  );
}
