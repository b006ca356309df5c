import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Plaintext copies made while writing, reading or scrubbing encrypted backups and set-aside ledgers
 * (and a server ledger's pg_dump before it is encrypted)
 * live here, in the data folder on this computer (where the ledger already is): never beside an
 * encrypted backup on its drive. Each is removed when done; whatever a crash left is removed before
 * the next backup scrub, since it holds the same personal data as the ledger.
 */
const workFolderName = 'backup-work';

export function workFolder(dataDir: string): string {
  return path.join(dataDir, workFolderName);
}

export function newWorkFile(dataDir: string, purpose: string, extension = 'sqlite'): string {
  const folder = workFolder(dataDir);
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, `${purpose}-${crypto.randomUUID()}.${extension}`);
}

/** The file and whatever SQLite kept beside it. */
export function removeWorkFile(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

export function clearWorkFolder(dataDir: string): void {
  fs.rmSync(workFolder(dataDir), { recursive: true, force: true });
}
