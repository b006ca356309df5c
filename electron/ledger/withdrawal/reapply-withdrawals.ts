import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import type { Executor } from '../database';
import { compactLedgerFile } from '../engine/compact-ledger';
import { anonymiseMember } from './anonymise-member';
import { nextWithdrawalNumber } from './withdraw-member';
import { addToWithdrawalRegister, readWithdrawalRegister, type RegisteredWithdrawal } from './withdrawal-register';

export interface WithdrawalReconciliation {
  /** Members the ledger held again (a restored backup) and that were anonymised again. */
  reapplied: number[];
  /** Withdrawals the ledger held that the register lacked (made before it existed, or its write failed). */
  newlyRegistered: number;
}

async function withdrawalsInLedger(db: Executor): Promise<RegisteredWithdrawal[]> {
  const rows = await db
    .selectFrom('members')
    .select(['id', 'withdrawal_number', 'withdrawn_at', 'created_at'])
    .where('withdrawn_at', 'is not', null)
    .execute();
  return rows.map((row) => ({
    memberId: row.id,
    withdrawalNumber: row.withdrawal_number ?? 0,
    withdrawnAt: row.withdrawn_at ?? '',
    memberCreatedAt: row.created_at,
  })).filter((entry) => entry.withdrawalNumber > 0);
}

/**
 * The withdrawals the ledger holds: the highest withdrawal number (they are never reused, so it only
 * grows) and when the newest was made ('' when none). On a server, another coordinator's withdrawal
 * shows here before this computer's register learns of it at the next start.
 */
export async function withdrawalTally(db: Executor): Promise<LedgerWithdrawals> {
  const row = await db
    .selectFrom('members')
    .select((eb) => [eb.fn.max('withdrawal_number').as('highest'), eb.fn.max('withdrawn_at').as('newest')])
    .executeTakeFirst();
  return { highestNumber: Number(row?.highest ?? 0), newestAt: row?.newest ?? '' };
}

export interface LedgerWithdrawals {
  /** The highest withdrawal number so far (0 when none). */
  readonly highestNumber: number;
  readonly newestAt: string;
}

/** Registered withdrawals whose member the ledger holds (same id and creation time) without being withdrawn. */
async function notYetApplied(db: Executor, register: readonly RegisteredWithdrawal[]): Promise<RegisteredWithdrawal[]> {
  if (register.length === 0) return [];
  const rows = await db
    .selectFrom('members')
    .select(['id', 'created_at'])
    .where('withdrawn_at', 'is', null)
    .where('id', 'in', register.map((entry) => entry.memberId))
    .execute();
  const present = new Set(rows.map((row) => `${row.id}@${row.created_at}`));
  return register.filter((entry) => present.has(`${entry.memberId}@${entry.memberCreatedAt}`));
}

async function numberIsFree(db: Executor, number: number): Promise<boolean> {
  const taken = await db.selectFrom('members').select('id').where('withdrawal_number', '=', number).executeTakeFirst();
  return !taken;
}

/**
 * Brings the ledger and the withdrawal register into agreement: withdrawals the ledger shows are
 * registered, and every registered withdrawal the ledger does not reflect (it was restored from an
 * older backup) is applied again with the same anonymisation, in one transaction, then the file is
 * compacted so the restored personal data is gone from its bytes too.
 */
export async function reconcileWithdrawals(ledger: Ledger, dataDir: string): Promise<WithdrawalReconciliation> {
  const newlyRegistered = addToWithdrawalRegister(dataDir, await withdrawalsInLedger(ledger.db));
  const register = readWithdrawalRegister(dataDir);
  const pending = await notYetApplied(ledger.db, register);
  if (pending.length === 0) return { reapplied: [], newlyRegistered };

  const highestRegistered = Math.max(...register.map((entry) => entry.withdrawalNumber));
  await ledger.write('members.reapplyWithdrawals', async (trx, audit) => {
    for (const entry of pending) {
      const member = await findMember(trx, entry.memberId);
      if (!member) continue;
      const number = (await numberIsFree(trx, entry.withdrawalNumber))
        ? entry.withdrawalNumber
        : await nextWithdrawalNumber(trx, highestRegistered);
      await anonymiseMember(trx, audit, member, { number, withdrawnAt: new Date(entry.withdrawnAt), changedAt: ledger.now() });
    }
  });
  await compactLedgerFile(ledger.db);
  return { reapplied: pending.map((entry) => entry.memberId), newlyRegistered };
}
