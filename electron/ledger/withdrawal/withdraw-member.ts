import { DomainError, notFound } from '../../domain-error';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import { compactLedgerFile } from '../sqlite/erase-deleted-content';
import type { IdentifyingValues } from '../erasure/identifying-values';
import { anonymiseMember } from './anonymise-member';
import type { RegisteredWithdrawal } from './withdrawal-register';

export interface WithdrawalResult {
  id: number;
  label: string;
  withdrawnAt: string;
  /** False when the file could not be rewritten (e.g. disk full): erased values may linger in free space. */
  fileCompacted: boolean;
  /** What the withdrawal register records, so a restored backup cannot bring the member back. */
  registration: RegisteredWithdrawal;
  /** What identified the member, to look for in the backups next; in memory only, never returned or written. */
  erasedValues: IdentifyingValues;
}

/**
 * The next label number. Numbers already given out in the register count too: after an older backup is
 * restored, the withdrawals it does not hold yet are applied again with their own numbers.
 */
export async function nextWithdrawalNumber(db: Executor, highestRegistered = 0): Promise<number> {
  const { highest } = await db
    .selectFrom('members')
    .select((eb) => eb.fn.max('withdrawal_number').as('highest'))
    .executeTakeFirstOrThrow();
  return Math.max(Number(highest ?? 0), highestRegistered) + 1;
}

/**
 * Withdraw and anonymise, in one transaction (see anonymiseMember), then compact the file so the erased
 * bytes are gone from it too. Cannot be undone: the erased values are not kept anywhere.
 */
export async function withdrawMember(ledger: Ledger, id: number, highestRegisteredNumber = 0): Promise<WithdrawalResult> {
  const result = await ledger.write('members.withdraw', async (trx, audit) => {
    const member = await findMember(trx, id);
    if (!member) throw notFound('member', id);
    if (member.withdrawnAt) throw new DomainError('illegal_transition', 'This member has already been withdrawn', [], { reason: 'member.alreadyWithdrawn' });
    const number = await nextWithdrawalNumber(trx, highestRegisteredNumber);
    const now = ledger.now();
    const { label, erasedValues } = await anonymiseMember(trx, audit, member, { number, withdrawnAt: now, changedAt: now });
    const withdrawnAt = now.toISOString();
    return {
      id,
      label,
      withdrawnAt,
      erasedValues,
      registration: { memberId: id, withdrawalNumber: number, withdrawnAt, memberCreatedAt: member.createdAt },
    };
  });

  let fileCompacted = true;
  try {
    await compactLedgerFile(ledger.db);
  } catch {
    fileCompacted = false;
  }
  return { ...result, fileCompacted };
}
