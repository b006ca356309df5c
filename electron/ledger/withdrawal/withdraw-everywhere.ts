import type { BackupScrubReport } from '../../../shared/domain/backups';
import type { IdentifyingValues } from '../erasure/identifying-values';
import { withdrawalKey } from '../erasure/scrub-closed-file';
import type { Ledger } from '../ledger';
import { withdrawMember, type WithdrawalResult } from './withdraw-member';
import { addToWithdrawalRegister, readWithdrawalRegister, type RegisteredWithdrawal } from './withdrawal-register';

export interface BackupsToScrub {
  /** Erases the withdrawals from every backup, looking for the known values too (by withdrawalKey). */
  scrubWithdrawals(entries: readonly RegisteredWithdrawal[], known: ReadonlyMap<string, IdentifyingValues>): Promise<BackupScrubReport>;
}

export interface WithdrawalEverywhere extends Omit<WithdrawalResult, 'registration' | 'erasedValues'> {
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
  // The values stay in memory: they find the member in backup texts the ledger's own row no longer names.
  const { registration, erasedValues, ...result } = await withdrawMember(ledger, id, highestRegistered);

  let registerProblem = before.problem;
  if (!registerProblem) {
    try {
      addToWithdrawalRegister(dataDir, [registration]);
    } catch (error) {
      registerProblem = `The withdrawal register could not be written: ${(error as Error).message}`;
    }
  }
  const known = new Map([[withdrawalKey(registration), erasedValues]]);
  const report = backups ? await backups.scrubWithdrawals([...before.entries, registration], known) : null;
  return { ...result, registerProblem, backups: report };
}
