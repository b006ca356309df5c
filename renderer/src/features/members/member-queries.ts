import type { OperationInput } from '../../../../shared/contract';
import { operationQuery, type Area } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const memberQueries = {
  detail: (id: number) => operationQuery('members.get', { id }),
  list: (input: OperationInput<'members.list'>) => operationQuery('members.list', input),
  aliasProposal: (exclude: readonly string[] = []) => operationQuery('members.proposeAlias', { exclude: [...exclude] }),
};

/**
 * A member's name, category or consent shows on rosters, groups, organisations and the dashboard
 * count; their consent, email and language decide which notice they get.
 */
export const memberChanges: readonly Area[] = [
  'members',
  'ledger',
  'organisations',
  'consent',
  'workingGroups',
  'meetings',
  'votes',
  'notices',
];

export const useCreateMember = () => useOperationMutation('members.create', { changes: memberChanges });
export const useUpdateMember = () => useOperationMutation('members.update', { changes: memberChanges });

export const consentQueries = {
  history: (memberId: number) => operationQuery('consent.history', { memberId }),
};

export const useRecordConsent = () => useOperationMutation('consent.record', { changes: memberChanges });
export const useWithdrawMember = () => useOperationMutation('members.withdraw', { changes: [...memberChanges, 'recommendations', 'backups'] });
