import type { ErrorCode, FieldIssue } from '../shared/errors';

/** An expected failure with a message meant for the coordinator; transports pass it through as is. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id: number | string): DomainError {
  return new DomainError('not_found', `${what} ${id} does not exist in the ledger`);
}
