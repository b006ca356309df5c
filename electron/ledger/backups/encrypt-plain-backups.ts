import fs from 'node:fs';
import path from 'node:path';
import { encryptedBackupSuffix } from '../../../shared/domain/backups';
import { problemWithSqliteFile } from '../sqlite/backup';
import type { BackupStore } from './backup-store';
import { encryptVerified } from './encrypted-backups';

export interface PlainBackupsEncrypted {
  encrypted: number;
  failed: { name: string; problem: string }[];
}

/**
 * A folder that leaves this computer holds encrypted backups only: plain ones written there before a
 * passphrase was set (an older version, or a folder chosen earlier) are encrypted in place, each checked
 * first and the plain file removed only once its encrypted copy reads back whole.
 */
export async function encryptPlainBackupsInChosenFolder(store: BackupStore, nativeBinding?: string): Promise<PlainBackupsEncrypted> {
  const outcome: PlainBackupsEncrypted = { encrypted: 0, failed: [] };
  const key = store.keyring.currentKey();
  if (!key || !store.encryptionRequired) return outcome;
  const plain = store.list().filter((backup) => !backup.encrypted && path.resolve(backup.folder) === path.resolve(store.folder));
  for (const backup of plain) {
    const file = store.pathOf(backup);
    const problem = problemWithSqliteFile(file, nativeBinding);
    if (problem) {
      outcome.failed.push({ name: backup.name, problem });
      continue;
    }
    try {
      await encryptVerified(file, `${file}${encryptedBackupSuffix}`, key);
      fs.rmSync(file);
      outcome.encrypted += 1;
    } catch (error) {
      outcome.failed.push({ name: backup.name, problem: (error as Error).message });
    }
  }
  return outcome;
}
