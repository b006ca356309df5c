import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { WorkingGroupRole } from '../../../../shared/domain/working-group';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField } from '../../forms/form-fields';
import { numberFromInput } from '../../forms/number-input';
import { useContractForm } from '../../forms/use-contract-form';
import { sortByName } from '../../i18n/collator';
import { TextField } from '../../ui/fields';
import { memberQueries } from '../members/member-queries';
import { MembershipFields } from './membership-fields';
import { useAddGroupMember } from './working-group-queries';

/** Shaped like the operation's input, so refusals ("membership.startOn") land under their field. */
type AddValues = { memberId: string; membership: { role: WorkingGroupRole; startOn: string } };

/** Finds a member by typing, then gives them a role from a date. */
export function AddGroupMemberForm({ groupId }: { groupId: number }) {
  const { t } = useTranslation('workingGroups');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const matches = useQuery(memberQueries.list({ search: deferredSearch, active: 'active', limit: 25 }));
  const add = useAddGroupMember();
  const form = useContractForm({
    schema: contract['workingGroups.addMember'].input,
    toInput: (values: AddValues) => ({
      workingGroupId: groupId,
      memberId: numberFromInput(values.memberId),
      membership: { ...values.membership, endOn: null },
    }),
    defaultValues: { memberId: '', membership: { role: 'member', startOn: todayIsoDate() } },
  });
  const options = [
    { value: '', label: matches.data?.items.length === 0 ? t('addMember.noMatch') : t('addMember.choose') },
    ...sortByName(matches.data?.items ?? [], (member) => member.displayName).map((member) => ({
      value: String(member.id),
      label: member.alias ? `${member.displayName} (${member.alias})` : member.displayName,
    })),
  ];

  return (
    <section aria-labelledby="add-group-member-title" className="card working-groups-add">
      <h3 id="add-group-member-title">{t('addMember.title')}</h3>
      <FormFrame
        form={form}
        onSubmit={async (input) => {
          await add.mutateAsync(input);
          setSearch('');
        }}
        error={add.error}
        submitLabel={t('addMember.submit')}
        busy={add.isPending}
        label={t('addMember.title')}
        afterSave="clear"
      >
        <TextField label={t('addMember.search')} type="search" value={search} onChange={setSearch} hint={t('addMember.searchHint')} />
        <FormSelectField control={form.control} name="memberId" label={t('addMember.member')} options={options} />
        <MembershipFields control={form.control} />
      </FormFrame>
    </section>
  );
}
