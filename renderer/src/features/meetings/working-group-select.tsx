import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { FormSelectField } from '../../forms/form-fields';
import { sortByName } from '../../i18n/collator';
import { workingGroupQueries } from '../working-groups/working-group-queries';

/**
 * Picks a meeting's working group by name. Closed groups are offered only when the meeting already
 * belongs to one, so editing an old meeting keeps its group while new meetings go to active groups.
 */
export function WorkingGroupSelect<Values extends FieldValues>({
  control,
  name,
  current,
}: {
  control: Control<Values, unknown, unknown>;
  name: FieldPathByValue<Values, string>;
  /** The group the meeting had when the form opened. */
  current: string;
}) {
  const { t } = useTranslation('meetings');
  const groups = useQuery(workingGroupQueries.list({ status: null }));
  const offered = sortByName(
    (groups.data?.items ?? []).filter((group) => group.status === 'active' || String(group.id) === current),
    (group) => group.name,
  );
  return (
    <FormSelectField
      control={control}
      name={name}
      label={t('fields.workingGroupId')}
      options={[
        { value: '', label: t('fields.chooseWorkingGroup') },
        ...offered.map((group) => ({
          value: String(group.id),
          label: group.status === 'active' ? group.name : t('fields.closedGroup', { name: group.name }),
        })),
      ]}
    />
  );
}
