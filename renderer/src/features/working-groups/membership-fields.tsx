import { useTranslation } from 'react-i18next';
import type { Control } from 'react-hook-form';
import { workingGroupRoles, type WorkingGroupRole } from '../../../../shared/domain/working-group';
import { FormSelectField, FormTextField } from '../../forms/form-fields';

type MembershipValues = { membership: { role: WorkingGroupRole; startOn: string } };

/** The role and start date of a membership, as both the add form and the editor ask for them. */
export function MembershipFields<Values extends MembershipValues>({ control }: { control: Control<Values, unknown, unknown> }) {
  const { t } = useTranslation('workingGroups');
  const fields = control as unknown as Control<MembershipValues, unknown, unknown>;
  return (
    <>
      <FormSelectField
        control={fields}
        name="membership.role"
        label={t('addMember.role')}
        options={workingGroupRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
      />
      <FormTextField control={fields} name="membership.startOn" type="date" label={t('addMember.startOn')} />
    </>
  );
}
