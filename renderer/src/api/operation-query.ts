import { queryOptions, type QueryKeyWithDataTag, type UnusedSkipTokenOptions } from '@tanstack/react-query';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { call } from './client';

/**
 * How a page reads the ledger (the renderer's only way to):
 *
 *   const meeting = useQuery(meetingQueries.detail(id));   // a factory in the feature's *-queries.ts
 *
 * A query is keyed by [operation, input], so two pages asking the same thing share one answer and a
 * write invalidates by operation (api/use-operation-mutation.ts). The signal cancels the HTTP request
 * when the page no longer needs it (IPC answers are simply dropped).
 */
export type OperationKey<Name extends OperationName> = readonly [Name, OperationInput<Name>];

/** Named, so the compiler need not spell out the whole contract in every query's type. */
export type OperationQueryOptions<Name extends OperationName> = UnusedSkipTokenOptions<
  OperationOutput<Name>,
  AppError,
  OperationOutput<Name>,
  OperationKey<Name>
> &
  QueryKeyWithDataTag<OperationKey<Name>, OperationOutput<Name>, AppError>;

export function operationQuery<Name extends OperationName>(operation: Name, input: OperationInput<Name>): OperationQueryOptions<Name> {
  return queryOptions({
    queryKey: [operation, input] as const,
    queryFn: ({ signal }) => call(operation, input, { signal }),
  });
}

/** The area of an operation: "meetings" for "meetings.rollCall.mark". */
export type Area = OperationName extends `${infer First}.${string}` ? First : never;

export function areaOf(operation: string): string {
  return operation.split('.')[0] ?? operation;
}
