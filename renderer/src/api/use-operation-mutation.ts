import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { call } from './client';
import { areaOf, type Area } from './operation-query';

/**
 * How a page writes to the ledger:
 *
 *   const save = useOperationMutation('meetings.update', { changes: ['meetings', 'votes'] });
 *   save.mutate({ id, meeting }, { onSuccess: (detail) => navigate('meetings', detail.meeting.id) });
 *
 * `changes` names the areas whose reads the write can change; their queries refetch once it succeeds
 * (the audit log always does), so no page passes "reload" callbacks down to another. The mutation's
 * `error` is an AppError for <FormFrame> or <ErrorBanner>, and `isPending` is the busy state.
 */
export function useOperationMutation<Name extends OperationName>(
  operation: Name,
  options: { changes: readonly Area[] },
) {
  const queryClient = useQueryClient();
  const areas = options.changes;
  return useMutation<OperationOutput<Name>, AppError, OperationInput<Name>>({
    mutationKey: [operation],
    mutationFn: (input) => call(operation, input),
    onSuccess: () => invalidateAreas(queryClient, areas),
  });
}

/** Refetches every active read of the given areas, and the audit log, which every write extends. */
export function invalidateAreas(queryClient: QueryClient, areas: readonly Area[]): Promise<void> {
  const wanted = new Set<string>([...areas, 'audit']);
  return queryClient.invalidateQueries({
    predicate: (query) => typeof query.queryKey[0] === 'string' && wanted.has(areaOf(query.queryKey[0])),
  });
}
