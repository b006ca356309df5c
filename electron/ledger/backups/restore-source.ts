import type { BackupInfo } from '../../../shared/domain/backups';
import { DomainError } from '../../domain-error';
import { removeWorkFile } from './backup-work-folder';
import { decryptToWorkFile } from './encrypted-backups';
import { BackupDecryptionError, readBackupHeader } from './encryption/backup-cipher';
import type { BackupStore } from './backup-store';

export interface RestoreSource {
  /** A plaintext ledger file to restore from. */
  file: string;
  /** Removes the decrypted copy, if one was made. */
  release(): void;
}

function passphraseNeeded(name: string): DomainError {
  const problem = { reason: 'backups.passphraseNeeded' } as const;
  return new DomainError('invalid_input', `The backup ${name} is encrypted: enter the backup passphrase to restore it.`, [
    { path: 'passphrase', message: 'is needed: this backup is encrypted', ...problem },
  ], problem);
}

/**
 * What a restore reads: the backup itself, or for an encrypted one a copy decrypted into the local work
 * folder (never beside the backup on its drive), with the session's key or the passphrase given for it.
 */
export async function restoreSource(store: BackupStore, backup: BackupInfo, passphrase?: string): Promise<RestoreSource> {
  const file = store.pathOf(backup);
  if (!backup.encrypted) return { file, release: () => undefined };
  const header = await readBackupHeader(file);
  if (!header) {
    throw new DomainError('conflict', `The backup ${backup.name} cannot be restored: it is not an encrypted backup of this app. The ledger was not changed.`, [], {
      reason: 'backups.notAnEncryptedBackup',
    });
  }
  const key = store.keyring.keyFor(header) ?? (passphrase ? await store.keyring.keyWithPassphrase(header, passphrase) : null);
  if (!key) throw passphraseNeeded(backup.name);
  try {
    const decrypted = await decryptToWorkFile(file, key.key, store.dataDir);
    return { file: decrypted, release: () => removeWorkFile(decrypted) };
  } catch (error) {
    if (!(error instanceof BackupDecryptionError)) throw error;
    throw new DomainError('conflict', `The backup ${backup.name} cannot be restored: ${error.message}. The ledger was not changed.`, [], {
      reason: 'backups.encryptedUnreadable',
      params: { problem: error.message },
    });
  }
}
