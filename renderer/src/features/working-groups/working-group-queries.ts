import type { OperationInput } from '../../../../shared/contract';
import { operationQuery, type Area } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const workingGroupQueries = {
  list: (input: OperationInput<'workingGroups.list'>) => operationQuery('workingGroups.list', input),
  detail: (id: number) => operationQuery('workingGroups.get', { id }),
  forMember: (memberId: number) => operationQuery('workingGroups.forMember', { memberId }),
};

/** Group names and roles show on member pages, the members filter, meetings and recommendations; members decide who a group meeting's notice goes to. */
export const workingGroupChanges: readonly Area[] = ['workingGroups', 'members', 'meetings', 'recommendations', 'notices'];

export const useCreateWorkingGroup = () => useOperationMutation('workingGroups.create', { changes: workingGroupChanges });
export const useUpdateWorkingGroup = () => useOperationMutation('workingGroups.update', { changes: workingGroupChanges });
export const useAddGroupMember = () => useOperationMutation('workingGroups.addMember', { changes: workingGroupChanges });
export const useUpdateMembership = () => useOperationMutation('workingGroups.updateMembership', { changes: workingGroupChanges });
export const useRemoveMembership = () => useOperationMutation('workingGroups.removeMembership', { changes: workingGroupChanges });
