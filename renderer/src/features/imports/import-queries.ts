import type { OperationInput } from '../../../../shared/contract';
import { operationQuery, type Area } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const importQueries = {
  progress: (jobId: string) => operationQuery('imports.progress', { jobId }),
  values: (input: OperationInput<'imports.values'>) => operationQuery('imports.values', input),
  check: (input: OperationInput<'imports.check'>) => operationQuery('imports.check', input),
};

/** An import adds and updates members, and may create organisations. */
const importChanges: readonly Area[] = ['members', 'ledger', 'organisations', 'consent', 'workingGroups', 'notices'];

export const useStartImport = () => useOperationMutation('imports.start', { changes: [] });
export const useCommitImport = () => useOperationMutation('imports.commit', { changes: importChanges });
