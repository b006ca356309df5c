import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { SelectField } from '../../ui/fields';

/**
 * Picks a meeting's working group by name. Closed groups are offered only when the meeting already
 * belongs to one, so editing an old meeting keeps its group while new meetings go to active groups.
 */
export function WorkingGroupSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('meetings');
  const groups = useOperation('workingGroups.list', { status: null });
  const offered = (groups.data?.items ?? []).filter((group) => group.status === 'active' || String(group.id) === value);
  const options = [
    { value: '', label: t('fields.chooseWorkingGroup') },
    ...offered.map((group) => ({
      value: String(group.id),
      label: group.status === 'active' ? group.name : t('fields.closedGroup', { name: group.name }),
    })),
  ];
  return (
    <SelectField
      label={t('fields.workingGroupId')}
      value={value}
      options={options}
      onChange={onChange}
      error={error ?? groups.error?.message}
    />
  );
}
