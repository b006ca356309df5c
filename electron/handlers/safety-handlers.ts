import type { safetyOperations } from '../../shared/contract/safety';
import { DomainError } from '../domain-error';
import type { LedgerSafety } from '../app/ledger-safety';
import type { HandlerContext, HandlersFor } from './handler-types';

export function safetyOf(context: HandlerContext): LedgerSafety {
  if (!context.safety) throw new DomainError('ledger_unavailable', 'Backups are not available in this mode of the app', [], { reason: 'backups.unavailable' });
  return context.safety;
}

/** How many verified backups the recovery screen offers. */
const offeredBackups = 5;

export const safetyHandlers: HandlersFor<typeof safetyOperations> = {
  'ledger.recovery': async (_input, context) => {
    const safety = safetyOf(context);
    const problem = safety.openProblem;
    return {
      available: problem === null,
      problem: problem?.problem ?? null,
      message: problem?.message ?? null,
      ledgerPath: safety.ledgerPath,
      storageWarning: safety.storageWarning,
      // Checking every backup is slow on a big ledger; only the recovery screen needs them checked.
      backups: problem ? safety.backups.newestGood(offeredBackups) : [],
    };
  },
  'ledger.restoreBackup': async ({ name, passphrase }, context) => safetyOf(context).restore(name, passphrase),
  'backups.list': async (_input, context) => {
    const safety = safetyOf(context);
    return {
      folder: safety.backups.folder,
      defaultFolder: safety.backups.defaultFolder,
      isDefaultFolder: safety.backups.isDefaultFolder,
      intervalMinutes: safety.backupIntervalMinutes,
      lastError: safety.lastBackupError,
      withdrawalProblem: safety.lastWithdrawalError,
      encryption: { required: safety.backups.encryptionRequired, ...safety.backups.keyring.status() },
      backups: safety.backups.list(),
    };
  },
  'backups.create': async (_input, context) => safetyOf(context).backupNow(),
  'backups.setFolder': async ({ folder }, context) => {
    const safety = safetyOf(context);
    safety.backups.setFolder(folder);
    return { folder: safety.backups.folder, isDefaultFolder: safety.backups.isDefaultFolder };
  },
};
