import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo, BackupReason, BackupScrubReport } from '../../../shared/domain/backups';
import { DomainError } from '../../domain-error';
import { backupSqlite, problemWithSqliteFile } from '../sqlite/backup';
import { backupFileName, parseBackupFileName, type BackupKind } from './backup-names';
import { backupsToDelete, defaultRotationPolicy, type RotationPolicy } from './backup-rotation';
import { newestDifferentBackup } from './newest-different-backup';
import { cleanAgainstRegister, scrubWithdrawalsFromBackups, type ScrubRequest } from './scrub-backups';
import { recordClean } from './encryption/clean-backups-record';
import { defaultBackupFolder, readBackupFolderSetting, readBackupFolderSettings, writeBackupFolderSetting } from './backup-folder-setting';
import { BackupKeyring } from './encryption/backup-keyring';
import type { BackupKey } from './encryption/passphrase-key';
import { backupsLeaveTheComputer } from './encryption/encryption-policy';
import { encryptedBackupHeaderProblem, writeEncryptedBackup } from './encrypted-backups';

export interface BackupStoreOptions {
  dataDir: string;
  now?: () => Date;
  nativeBinding?: string;
  rotation?: RotationPolicy;
  /** scrypt's cost for a new passphrase; tests lower it, the app keeps the default. */
  kdfCost?: { logN: number; r: number; p: number };
}

/** The backups of one kind in one folder; none when the folder cannot be listed. */
export function backupsIn(folder: string, kind: BackupKind = 'sqlite'): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name, kind);
    if (!parsed) continue;
    try {
      const stat = fs.statSync(path.join(folder, name));
      if (!stat.isFile()) continue;
      found.push({ name, reason: parsed.reason, takenAt: parsed.takenAt.toISOString(), sizeBytes: stat.size, folder, encrypted: parsed.encrypted });
    } catch {
      // Deleted between listing and stat: not a backup any more.
    }
  }
  return found;
}

/** The backups on disk: where they go, what is there, taking one, and thinning them out. */
export class BackupStore {
  private readonly now: () => Date;
  /** The backup passphrase's keys for this session (memory only). */
  readonly keyring: BackupKeyring;

  constructor(private readonly options: BackupStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.keyring = new BackupKeyring(options.dataDir, options.kdfCost);
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  get defaultFolder(): string {
    return defaultBackupFolder(this.options.dataDir);
  }

  /** Where new backups go: the coordinator's choice (an external drive), else beside the ledger. */
  get folder(): string {
    return readBackupFolderSetting(this.options.dataDir) ?? this.defaultFolder;
  }

  get isDefaultFolder(): boolean {
    return readBackupFolderSetting(this.options.dataDir) === null;
  }

  /** Backups in the chosen folder leave this computer (an external drive, a synced folder): they are encrypted. */
  get encryptionRequired(): boolean {
    return backupsLeaveTheComputer(this.folder, this.defaultFolder);
  }

  /** Checks the folder can take backups before switching to it; null goes back to the default. */
  setFolder(folder: string | null): void {
    if (folder === null) {
      writeBackupFolderSetting(this.options.dataDir, null);
      return;
    }
    if (!path.isAbsolute(folder)) {
      const problem = { reason: 'backups.folderNotAbsolute', params: { folder } } as const;
      throw new DomainError('invalid_input', `The backup folder must be a full path (got "${folder}")`, [
        { path: 'folder', message: 'must be a full path, e.g. E:\\Backups or /media/usb/backups', ...problem },
      ], problem);
    }
    const probe = path.join(folder, `.write-test-${process.pid}`);
    try {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(probe, 'ok');
      fs.rmSync(probe);
    } catch (error) {
      const problem = { reason: 'backups.folderNotWritable', params: { folder } } as const;
      throw new DomainError('invalid_input', `Backups cannot be written to ${folder}: ${(error as Error).message}`, [
        { path: 'folder', message: 'cannot be written to', ...problem },
      ], problem);
    }
    if (backupsLeaveTheComputer(folder, this.defaultFolder) && !this.keyring.status().passphraseSet) {
      const problem = { reason: 'backups.folderNeedsPassphrase', params: { folder } } as const;
      throw new DomainError('invalid_input', `Backups in ${folder} leave this computer, so they are encrypted: set a backup passphrase first.`, [
        { path: 'folder', message: 'needs a backup passphrase first', ...problem },
      ], problem);
    }
    writeBackupFolderSetting(this.options.dataDir, path.normalize(folder));
  }

  /** Folders chosen before: their backups are listed, restorable, and reached by withdrawals. */
  get formerFolders(): string[] {
    return readBackupFolderSettings(this.options.dataDir).formerFolders;
  }

  /** Every folder this app wrote backups to: the chosen one, the default one and the folders chosen before. */
  get everyFolder(): string[] {
    return [...new Set([this.folder, this.defaultFolder, ...this.formerFolders])];
  }

  /** Backups in every folder (everyFolder), newest first; `kind` picks ledger-file backups or server dumps. */
  list(kind: BackupKind = 'sqlite'): BackupInfo[] {
    return this.everyFolder
      .flatMap((folder) => backupsIn(folder, kind))
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
  }

  find(name: string): BackupInfo | undefined {
    return this.list().find((backup) => backup.name === name);
  }

  pathOf(backup: BackupInfo): string {
    return path.join(backup.folder, backup.name);
  }

  /**
   * Null when the backup is sound, else what is wrong with it. An encrypted backup's contents cannot be
   * read before its passphrase is given: only its header is checked here (its contents were verified
   * when it was written, and are checked again, decrypted, before a restore uses them).
   */
  problemWith(backup: BackupInfo): string | null {
    if (backup.encrypted) return encryptedBackupHeaderProblem(this.pathOf(backup));
    return problemWithSqliteFile(this.pathOf(backup), this.options.nativeBinding);
  }

  /** The newest backups that pass the full check; stops after `count` so a long list stays quick. */
  newestGood(count: number): BackupInfo[] {
    const good: BackupInfo[] = [];
    for (const backup of this.list()) {
      if (good.length >= count) break;
      if (this.problemWith(backup) === null) good.push(backup);
    }
    return good;
  }

  /**
   * Takes a backup of the ledger file where it belongs (see destination), then thins that folder out.
   */
  async create(sqlite: BetterSqlite3.Database, reason: BackupReason): Promise<BackupInfo> {
    const { folder, key, takenAt } = this.destination();
    const name = backupFileName(reason, takenAt, key !== null);
    const target = path.join(folder, name);
    if (key) {
      const dataDir = this.options.dataDir;
      const cleanFor = await writeEncryptedBackup(sqlite, target, key, dataDir, (plain) => cleanAgainstRegister(dataDir, plain, this.options.nativeBinding), this.options.nativeBinding);
      if (cleanFor) recordClean(dataDir, [target], cleanFor, null);
    } else {
      await backupSqlite(sqlite, target, this.options.nativeBinding);
    }
    this.rotate(folder, target);
    const size = fs.statSync(target).size;
    return { name, reason, takenAt: takenAt.toISOString(), sizeBytes: size, folder, encrypted: key !== null };
  }

  /**
   * Where the next backup goes and whether it is encrypted, for ledger files and server dumps alike.
   * A folder that leaves this computer gets encrypted backups only; while the passphrase has not been
   * entered this session, the backup goes to the default folder on this computer (plain, like the
   * ledger beside it), and when even that folder leaves the computer no backup is taken at all.
   */
  destination(kind: BackupKind = 'sqlite'): { folder: string; key: BackupKey | null; takenAt: Date } {
    // A server ledger's copy is the only personal data on this computer (the ledger is on the server),
    // so it is encrypted whenever the passphrase is known, in the default folder too: a stolen laptop
    // must not give up the whole membership. A ledger file's backup beside the ledger adds nothing to steal.
    const key = this.encryptionRequired || kind === 'pgdump' ? this.keyring.currentKey() : null;
    const folder = this.encryptionRequired && !key ? this.defaultFolder : this.folder;
    if (!key && backupsLeaveTheComputer(folder, this.defaultFolder)) {
      // A plain Error, so the session records it as the last backup failure Settings shows.
      throw new Error(`no backup was taken: ${folder} is synced or on a network drive, and backups there must be encrypted. Enter the backup passphrase in Settings`);
    }
    return { folder, key, takenAt: this.uniqueTime() };
  }

  /**
   * Deletes the backups the rotation policy no longer keeps, in one folder, except the newest one whose
   * content differs from `current` (the backup just taken): see newestDifferentBackup.
   */
  rotate(folder: string, current: string, kind: BackupKind = 'sqlite'): string[] {
    const present = backupsIn(folder, kind).map((backup) => ({ ...backup, takenAt: new Date(backup.takenAt) }));
    let doomed = backupsToDelete(present, this.now(), this.options.rotation ?? defaultRotationPolicy);
    if (doomed.length === 0) return [];
    const newestFirst = [...present].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
    const lastDifferent = newestDifferentBackup(newestFirst, current, (backup) => path.join(folder, backup.name));
    doomed = doomed.filter((backup) => backup !== lastDifferent);
    for (const backup of doomed) fs.rmSync(path.join(folder, backup.name), { force: true });
    return doomed.map((backup) => backup.name);
  }

  /** Erases withdrawn members from every backup and set-aside ledger that still holds them (see scrub-backups.ts). */
  scrubWithdrawals(request: ScrubRequest): Promise<BackupScrubReport> {
    return scrubWithdrawalsFromBackups(this, request, this.options.nativeBinding);
  }

  /** Two backups in the same millisecond would share a name; the second moves on a millisecond. */
  private lastTime = 0;
  private uniqueTime(): Date {
    const time = Math.max(this.now().getTime(), this.lastTime + 1);
    this.lastTime = time;
    return new Date(time);
  }
}
