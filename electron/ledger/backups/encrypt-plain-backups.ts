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

/** What is wrong with a server copy that claims to be a pg_dump archive (custom format starts with PGDMP); null when nothing. */
function problemWithDump(file: string): string | null {
  const head = Buffer.alloc(5);
  const descriptor = fs.openSync(file, 'r');
  try {
    fs.readSync(descriptor, head, 0, 5, 0);
  } finally {
    fs.closeSync(descriptor);
  }
  return head.toString('latin1') === 'PGDMP' ? null : 'it is not a pg_dump copy';
}

/**
 * Plain backups written before a passphrase was set are encrypted in place, each checked first and the
 * plain file removed only once its encrypted copy reads back whole:
 * - a ledger file's backups in a chosen folder that leaves this computer (an older version, or a
 *   folder chosen earlier);
 * - a server ledger's copies wherever they are: on a server, such a copy is the only personal data
 *   on this computer (see BackupStore.destination).
 */
export async function encryptPlainBackupsInChosenFolder(store: BackupStore, nativeBinding?: string): Promise<PlainBackupsEncrypted> {
  const outcome: PlainBackupsEncrypted = { encrypted: 0, failed: [] };
  const key = store.keyring.currentKey();
  if (!key) return outcome;
  const ledgerBackups = store.encryptionRequired
    ? store.list().filter((backup) => path.resolve(backup.folder) === path.resolve(store.folder))
    : [];
  const candidates = [
    ...ledgerBackups.map((backup) => ({ backup, problem: (file: string) => problemWithSqliteFile(file, nativeBinding) })),
    ...store.list('pgdump').map((backup) => ({ backup, problem: problemWithDump })),
  ].filter(({ backup }) => !backup.encrypted);
  for (const { backup, problem: problemWith } of candidates) {
    const file = store.pathOf(backup);
    const problem = problemWith(file);
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
