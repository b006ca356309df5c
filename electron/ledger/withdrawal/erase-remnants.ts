import { changesIn, eraseMembers } from '../erasure/erase-member';
import { subjectsIn, type FileWithdrawal } from '../erasure/scrub-closed-file';
import type { Ledger } from '../ledger';
import { compactLedgerFile } from '../sqlite/erase-deleted-content';

/**
 * A backup that still knew a withdrawn member's name (a drive reconnected, a backup the scrub could
 * not open before) may find it in texts the ledger kept: an old spelling, or a place an earlier
 * version of the app did not scrub. The same erasure runs on the ledger with those values, and the
 * file is compacted. Returns how many rows, cells and audit entries changed (0: nothing was written).
 */
export async function eraseRemnantsFromLedger(ledger: Ledger, withdrawals: readonly FileWithdrawal[]): Promise<number> {
  const subjects = await subjectsIn(ledger.db, withdrawals);
  if (changesIn(await eraseMembers(ledger.db, subjects, 'check')) === 0) return 0;
  const changed = await ledger.write('members.eraseRemnants', async (trx, audit) => {
    const outcome = await eraseMembers(trx, subjects);
    audit.record({
      entityType: 'ledger',
      entityId: null,
      changes: { withdrawnMembersErasedAgain: { from: null, to: changesIn(outcome) } },
    });
    return changesIn(outcome);
  });
  await compactLedgerFile(ledger.db);
  return changed;
}
