import type { OperationInput } from '../../../../shared/contract';
import { operationQuery, type Area } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const organisationQueries = {
  list: (input: OperationInput<'organisations.list'>) => operationQuery('organisations.list', input),
  detail: (id: number) => operationQuery('organisations.get', { id }),
};

/** An organisation's name and sector also stand on its members' records and its own member record (a notice recipient). */
export const organisationChanges: readonly Area[] = ['organisations', 'members', 'ledger', 'notices'];

export const useCreateOrganisation = () => useOperationMutation('organisations.create', { changes: organisationChanges });
export const useUpdateOrganisation = () => useOperationMutation('organisations.update', { changes: organisationChanges });
export const useEnrolOrganisation = () => useOperationMutation('organisations.enrolAsMember', { changes: organisationChanges });
