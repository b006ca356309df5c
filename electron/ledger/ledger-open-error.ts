import type { ledgerOpenProblems } from '../../shared/contract/safety';

export type LedgerOpenProblem = (typeof ledgerOpenProblems)[number];

/** Why a ledger file could not be opened; the UI shows a recovery screen for each. */
export class LedgerOpenError extends Error {
  constructor(
    readonly problem: LedgerOpenProblem,
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'LedgerOpenError';
  }
}
