import type { backupEncryptionOperations } from '../../shared/contract/backup-encryption';
import type { PassphraseOutcome } from '../app/backup-passphrase-actions';
import type { HandlersFor } from './handler-types';
import { safetyOf } from './safety-handlers';

function outcome({ plainBackups, scrub }: PassphraseOutcome) {
  return { plainBackupsEncrypted: plainBackups.encrypted, plainBackupsFailed: plainBackups.failed, scrub };
}

export const backupEncryptionHandlers: HandlersFor<typeof backupEncryptionOperations> = {
  'backups.setPassphrase': async ({ passphrase }, context) => outcome(await safetyOf(context).passphrase.set(passphrase)),
  'backups.unlock': async ({ passphrase }, context) => outcome(await safetyOf(context).passphrase.enter(passphrase)),
};
