import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { backupSqlite, syncFolder } from '../sqlite/backup';
import { decryptFile, encryptFile, fileDigest, plaintextDigest } from './encryption/backup-cipher';
import { headerLength, parseHeader, tagLength } from './encryption/backup-file-format';
import type { BackupKey } from './encryption/passphrase-key';
import { newWorkFile, removeWorkFile } from './backup-work-folder';

/**
 * Encrypts a verified plaintext ledger copy to `target` under a temporary name, checks that it decrypts
 * to exactly the same bytes, and only then gives it its name: like a plain backup, a half-written or
 * unreadable encrypted backup never looks like a good one.
 */
export async function encryptVerified(plain: string, target: string, key: BackupKey): Promise<void> {
  const partial = `${target}.partial`;
  try {
    await encryptFile(plain, partial, key);
    if ((await plaintextDigest(partial, key.key)) !== (await fileDigest(plain))) {
      throw new Error('the encrypted copy does not read back as the ledger copy');
    }
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * A new encrypted backup: a checked copy in the local work folder, encrypted onto the backup drive.
 * `inspect` reads the plaintext copy first (is it clear of withdrawn members?); its answer is returned.
 */
export async function writeEncryptedBackup<T>(
  sqlite: BetterSqlite3.Database,
  target: string,
  key: BackupKey,
  dataDir: string,
  inspect: (plain: string) => Promise<T>,
  nativeBinding?: string,
): Promise<T> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = newWorkFile(dataDir, 'backup');
  try {
    await backupSqlite(sqlite, staging, nativeBinding);
    const inspection = await inspect(staging);
    await encryptVerified(staging, target, key);
    return inspection;
  } finally {
    removeWorkFile(staging);
  }
}

/** Decrypts an encrypted backup into the local work folder; the caller removes the copy when done. */
export async function decryptToWorkFile(file: string, passphraseKey: Buffer, dataDir: string): Promise<string> {
  const working = newWorkFile(dataDir, 'decrypted');
  await decryptFile(file, working, passphraseKey);
  return working;
}

/** What is wrong with an encrypted backup that can be seen without its passphrase; null when nothing. */
export function encryptedBackupHeaderProblem(file: string): string | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(headerLength);
      const read = fs.readSync(fd, header, 0, headerLength, 0);
      if (!parseHeader(header.subarray(0, read))) return 'it is not an encrypted backup of this app';
      if (fs.fstatSync(fd).size < headerLength + tagLength) return 'it is cut short';
      return null;
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return `it cannot be read (${(error as Error).message})`;
  }
}
