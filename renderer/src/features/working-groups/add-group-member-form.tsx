import { useDeferredValue, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import { workingGroupRoles, type WorkingGroupRole } from '../../../../shared/domain/working-group';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';

/** Finds a member by typing, then gives them a role from a date. */
export function AddGroupMemberForm({ groupId, onAdded }: { groupId: number; onAdded: () => void }) {
  const { t } = useTranslation('workingGroups');
  const [search, setSearch] = useState('');
  const [memberId, setMemberId] = useState('');
  const [role, setRole] = useState<WorkingGroupRole>('member');
  const [startOn, setStartOn] = useState(todayIsoDate());
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);
  const deferredSearch = useDeferredValue(search);
  const matches = useOperation('members.list', { search: deferredSearch, active: 'active', limit: 25 });

  const options = [
    { value: '', label: matches.data?.items.length === 0 ? t('addMember.noMatch') : t('addMember.choose') },
    ...(matches.data?.items ?? []).map((member) => ({
      value: String(member.id),
      label: member.alias ? `${member.displayName} (${member.alias})` : member.displayName,
    })),
  ];

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaving(true);
    try {
      await call('workingGroups.addMember', {
        workingGroupId: groupId,
        memberId: Number(memberId),
        membership: { role, startOn, endOn: null },
      });
      setMemberId('');
      setSearch('');
      setRole('member');
      onAdded();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  const hasFieldIssue = ['memberId', 'membership.role', 'membership.startOn'].some((path) => error?.issueFor(path));
  return (
    <form onSubmit={add} noValidate className="form card working-groups-add" aria-labelledby="add-group-member-title">
      <h3 id="add-group-member-title">{t('addMember.title')}</h3>
      {!hasFieldIssue && <ErrorBanner error={error} />}
      <TextField label={t('addMember.search')} type="search" value={search} onChange={setSearch} hint={t('addMember.searchHint')} />
      <SelectField label={t('addMember.member')} value={memberId} onChange={setMemberId} options={options} error={error?.issueFor('memberId')} />
      <SelectField<WorkingGroupRole>
        label={t('addMember.role')}
        value={role}
        onChange={setRole}
        options={workingGroupRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        error={error?.issueFor('membership.role')}
      />
      <TextField label={t('addMember.startOn')} type="date" value={startOn} onChange={setStartOn} error={error?.issueFor('membership.startOn')} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={saving || memberId === ''} aria-busy={saving}>
          {t('addMember.submit')}
        </button>
      </div>
    </form>
  );
}
