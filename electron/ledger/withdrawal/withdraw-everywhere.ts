import type { BackupScrubReport } from '../../../shared/domain/backups';
import type { Ledger } from '../ledger';
import { withdrawMember, type WithdrawalResult } from './withdraw-member';
import { addToWithdrawalRegister, readWithdrawalRegister, type RegisteredWithdrawal } from './withdrawal-register';

export interface BackupsToScrub {
  scrubWithdrawals(entries: readonly RegisteredWithdrawal[]): BackupScrubReport;
}

export interface WithdrawalEverywhere extends Omit<WithdrawalResult, 'registration'> {
  /** Null when the register was written; else why not (a restore could then bring the member back). */
  registerProblem: string | null;
  /** Null when there are no backups to reach in this mode of the app. */
  backups: BackupScrubReport | null;
}

function registeredSoFar(dataDir: string): { entries: RegisteredWithdrawal[]; problem: string | null } {
  try {
    return { entries: readWithdrawalRegister(dataDir), problem: null };
  } catch (error) {
    return { entries: [], problem: (error as Error).message };
  }
}

/**
 * The whole withdrawal: the ledger (one transaction), then the register beside it, then every backup.
 * The member asked to be erased, so a register or backup that cannot be written does not undo the
 * erasure from the ledger: it is reported to the coordinator instead, and retried at the next start.
 */
export async function withdrawEverywhere(ledger: Ledger, dataDir: string, id: number, backups?: BackupsToScrub): Promise<WithdrawalEverywhere> {
  const before = registeredSoFar(dataDir);
  const highestRegistered = Math.max(0, ...before.entries.map((entry) => entry.withdrawalNumber));
  const { registration, ...result } = await withdrawMember(ledger, id, highestRegistered);

  let registerProblem = before.problem;
  if (!registerProblem) {
    try {
      addToWithdrawalRegister(dataDir, [registration]);
    } catch (error) {
      registerProblem = `The withdrawal register could not be written: ${(error as Error).message}`;
    }
  }
  const report = backups ? backups.scrubWithdrawals([...before.entries, registration]) : null;
  return { ...result, registerProblem, backups: report };
}
