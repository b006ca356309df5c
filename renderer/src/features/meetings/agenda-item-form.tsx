import { useTranslation } from 'react-i18next';
import {
  agendaItemDraftSchema,
  agendaItemKinds,
  type AgendaItem,
  type AgendaItemDraft,
  type AgendaItemKind,
} from '../../../../shared/domain/agenda';
import type { AppError } from '../../../../shared/errors';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { FormMemberPicker, type PickedMember } from './member-picker';
import { numberFromInput } from '../../forms/number-input';

type AgendaItemValues = {
  kind: AgendaItemKind;
  title: string;
  /** Named like the draft's field, so a refusal about the presenter lands under the picker. */
  presenterMemberId: PickedMember | null;
  plannedMinutes: string;
};

function valuesFrom(item: AgendaItem | undefined): AgendaItemValues {
  return {
    kind: item?.kind ?? 'discussion',
    title: item?.title ?? '',
    presenterMemberId: item?.presenterMemberId ? { id: item.presenterMemberId, name: item.presenterName ?? '' } : null,
    plannedMinutes: String(item?.plannedMinutes ?? 15),
  };
}

const draftFrom = (values: AgendaItemValues) => ({
  kind: values.kind,
  title: values.title,
  presenterMemberId: values.presenterMemberId?.id ?? null,
  plannedMinutes: numberFromInput(values.plannedMinutes),
});

/** Adds a new agenda item or edits one; the caller's mutation saves it. */
export function AgendaItemForm({
  initial,
  submitLabel,
  onSubmit,
  error,
  busy,
  onCancel,
}: {
  initial?: AgendaItem;
  submitLabel: string;
  onSubmit: (item: AgendaItemDraft) => Promise<unknown>;
  error: AppError | null;
  busy: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('meetings');
  const form = useContractForm({ schema: agendaItemDraftSchema, toInput: draftFrom, defaultValues: valuesFrom(initial) });
  const { control } = form;
  return (
    <FormFrame
      form={form}
      onSubmit={onSubmit}
      error={error}
      issuePrefix="item"
      submitLabel={submitLabel}
      busy={busy}
      cancel={onCancel ? { onClick: onCancel } : undefined}
      label={submitLabel}
      className="meetings-agenda__form"
      afterSave={initial ? 'keep' : 'clear'}
    >
      <FormSelectField
        control={control}
        name="kind"
        label={t('agenda.kind')}
        options={agendaItemKinds.map((value) => ({ value, label: t(`agendaKinds.${value}`) }))}
      />
      <FormTextField control={control} name="title" label={t('agenda.itemTitle')} />
      <FormMemberPicker control={control} name="presenterMemberId" label={t('agenda.presenter')} />
      <FormTextField control={control} name="plannedMinutes" type="number" label={t('agenda.plannedMinutes')} />
    </FormFrame>
  );
}
