import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/domain/backups';
import { scrubWorkingCopy, type FileWithdrawal } from '../erasure/scrub-closed-file';
import { migrationNamesIn, problemWithSqliteFile, syncFolder } from '../sqlite/backup';
import { withClosedFile } from '../sqlite/closed-file';
import { decryptToWorkFile, encryptVerified } from './encrypted-backups';
import { readBackupHeader } from './encryption/backup-cipher';
import type { BackupKeyring } from './encryption/backup-keyring';
import { newWorkFile, removeWorkFile } from './backup-work-folder';
import { setAsideInfix } from './ledger-swap';

/** Where a copy being scrubbed sits beside a plain backup; a crash's leftover is removed before the next scrub. */
export const scrubbingSuffix = '.scrubbing';

/** A file that may hold a withdrawn member: a backup (plain or encrypted) or a set-aside ledger. */
export interface ScrubTarget {
  readonly name: string;
  readonly kind: 'backup' | 'set-aside';
  /** The file when it is an encrypted backup (checked once, it need not be decrypted at every start). */
  readonly encryptedFile: string | null;
  /** Why it cannot be checked now; `locked` when only the passphrase is missing. Null when it can. */
  blocker(): Promise<{ locked: boolean; problem: string } | null>;
  /** Lends a plaintext SQLite file to read (the file itself, or a local copy removed afterwards). */
  read<T>(work: (file: string) => Promise<T>): Promise<T>;
  /** Erases on a working copy, verifies it, then replaces the file with it in one rename. */
  scrub(withdrawals: readonly FileWithdrawal[]): Promise<void>;
}

export interface TargetContext {
  dataDir: string;
  keyring: BackupKeyring;
  nativeBinding?: string;
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function plainBackup(file: string, name: string, context: TargetContext): ScrubTarget {
  return {
    name,
    kind: 'backup',
    encryptedFile: null,
    blocker: async () => null,
    read: (work) => work(file),
    async scrub(withdrawals) {
      const working = `${file}${scrubbingSuffix}`;
      try {
        fs.copyFileSync(file, working);
        await scrubWorkingCopy(working, withdrawals, context.nativeBinding);
        fsyncFile(working);
        fs.renameSync(working, file);
        syncFolder(path.dirname(file));
      } finally {
        fs.rmSync(working, { force: true });
      }
    },
  };
}

/** Decrypted only into the local work folder: an encrypted backup's drive never holds its plaintext. */
function encryptedBackup(file: string, name: string, context: TargetContext): ScrubTarget {
  async function key() {
    const header = await readBackupHeader(file);
    return header ? context.keyring.keyFor(header) : null;
  }
  async function decrypted<T>(work: (plain: string) => Promise<T>): Promise<T> {
    const found = await key();
    if (!found) throw new Error('its passphrase was not entered');
    const plain = await decryptToWorkFile(file, found.key, context.dataDir);
    try {
      return await work(plain);
    } finally {
      removeWorkFile(plain);
    }
  }
  return {
    name,
    kind: 'backup',
    encryptedFile: file,
    async blocker() {
      const header = await readBackupHeader(file);
      if (!header) return { locked: false, problem: 'it is not an encrypted backup of this app' };
      return context.keyring.keyFor(header) ? null : { locked: true, problem: 'its passphrase was not entered' };
    },
    read: decrypted,
    async scrub(withdrawals) {
      const found = await key();
      if (!found) throw new Error('its passphrase was not entered');
      await decrypted(async (plain) => {
        await scrubWorkingCopy(plain, withdrawals, context.nativeBinding);
        await encryptVerified(plain, file, found);
      });
    },
  };
}

/**
 * A ledger moved aside because it could not be opened. Its copy is made in the work folder with its WAL
 * (SQLite folds that in); a file that is damaged or is not this app's ledger is never written.
 */
function setAsideLedger(file: string, context: TargetContext): ScrubTarget {
  async function materialised<T>(work: (copy: string) => Promise<T>): Promise<T> {
    const copy = newWorkFile(context.dataDir, 'set-aside');
    try {
      fs.copyFileSync(file, copy);
      if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
      await withClosedFile(copy, { readonly: false, nativeBinding: context.nativeBinding }, async () => undefined);
      const problem = problemWithSqliteFile(copy, context.nativeBinding);
      if (problem) throw new Error(problem);
      if (migrationNamesIn(copy, context.nativeBinding) === null) throw new Error('it is not a ledger of this app; it was left as it was');
      return await work(copy);
    } finally {
      removeWorkFile(copy);
    }
  }
  return {
    name: path.basename(file),
    kind: 'set-aside',
    encryptedFile: null,
    async blocker() {
      try {
        await materialised(async () => undefined);
        return null;
      } catch (error) {
        return { locked: false, problem: (error as Error).message };
      }
    },
    read: materialised,
    async scrub(withdrawals) {
      await materialised(async (copy) => {
        await scrubWorkingCopy(copy, withdrawals, context.nativeBinding);
        fsyncFile(copy);
        fs.renameSync(copy, file);
        for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
        syncFolder(path.dirname(file));
      });
    },
  };
}

export function backupTarget(backup: BackupInfo, context: TargetContext): ScrubTarget {
  const file = path.join(backup.folder, backup.name);
  return backup.encrypted ? encryptedBackup(file, backup.name, context) : plainBackup(file, backup.name, context);
}

/**
 * The set-aside copies of the ledger (not their -wal and -shm companions, which go with them), and the
 * ledger file itself when it is idle (the ledger moved to a server).
 */
export function setAsideTargets(ledgerPath: string, context: TargetContext, ledgerFileIdle = false): ScrubTarget[] {
  const idle = ledgerFileIdle && fs.existsSync(ledgerPath) ? [setAsideLedger(ledgerPath, context)] : [];
  const prefix = `${path.basename(ledgerPath)}${setAsideInfix}`;
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(ledgerPath));
  } catch {
    return idle;
  }
  return [
    ...idle,
    ...names
      .filter((name) => name.startsWith(prefix) && !/-(wal|shm|journal)$/.test(name))
      .map((name) => setAsideLedger(path.join(path.dirname(ledgerPath), name), context)),
  ];
}
