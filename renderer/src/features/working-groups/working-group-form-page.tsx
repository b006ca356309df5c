import { useTranslation } from 'react-i18next';
import {
  workingGroupDraftSchema,
  workingGroupStatuses,
  type WorkingGroup,
  type WorkingGroupDraft,
  type WorkingGroupStatus,
} from '../../../../shared/domain/working-group';
import { hrefFor, navigate } from '../../app/routes';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { RecordFormPage } from '../../forms/form-page';
import { useContractForm } from '../../forms/use-contract-form';
import { useCreateWorkingGroup, useUpdateWorkingGroup, workingGroupQueries } from './working-group-queries';

type GroupValues = { name: string; mandate: string; status: WorkingGroupStatus };

const valuesFrom = (group?: WorkingGroup): GroupValues => ({
  name: group?.name ?? '',
  mandate: group?.mandate ?? '',
  status: group?.status ?? 'active',
});

/** #/workingGroups/new and #/workingGroups/3/edit. */
export function WorkingGroupFormPage({ id }: { id?: number }) {
  const { t } = useTranslation('workingGroups');
  return (
    <RecordFormPage
      id={id}
      load={workingGroupQueries.detail}
      newTitle={t('newTitle')}
      editTitle={(group) => t('editTitle', { name: group?.name ?? '' })}
      form={(group) => <WorkingGroupForm group={group} />}
    />
  );
}

function WorkingGroupForm({ group }: { group?: WorkingGroup }) {
  const { t } = useTranslation('workingGroups');
  const { t: tc } = useTranslation();
  const create = useCreateWorkingGroup();
  const update = useUpdateWorkingGroup();
  const saving = group ? update : create;
  const form = useContractForm({
    schema: workingGroupDraftSchema,
    toInput: (values: GroupValues) => values,
    defaultValues: valuesFrom(group),
    serverValues: group && valuesFrom(group),
  });

  async function save(draft: WorkingGroupDraft) {
    const saved = group ? await update.mutateAsync({ id: group.id, group: draft }) : await create.mutateAsync({ group: draft });
    navigate('workingGroups', saved.id);
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={saving.error}
      issuePrefix="group"
      submitLabel={tc('actions.save')}
      busy={saving.isPending}
      cancel={{ href: group ? hrefFor('workingGroups', group.id) : hrefFor('workingGroups') }}
    >
      <FormTextField control={form.control} name="name" label={t('fields.name')} required autoFocus />
      <FormTextField control={form.control} name="mandate" label={t('fields.mandate')} multiline />
      <FormSelectField
        control={form.control}
        name="status"
        label={t('fields.status')}
        options={workingGroupStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
      />
    </FormFrame>
  );
}
