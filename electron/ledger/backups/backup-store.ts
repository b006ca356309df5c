import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo, BackupReason, BackupScrubReport } from '../../../shared/domain/backups';
import { DomainError } from '../../domain-error';
import { backupSqlite, problemWithSqliteFile } from '../sqlite/backup';
import { backupFileName, parseBackupFileName } from './backup-names';
import { backupsToDelete, defaultRotationPolicy, type RotationPolicy } from './backup-rotation';
import { newestDifferentBackup } from './newest-different-backup';
import type { RegisteredWithdrawal } from '../withdrawal/withdrawal-register';
import { scrubWithdrawalsFromBackups } from './scrub-backups';
import { defaultBackupFolder, readBackupFolderSetting, writeBackupFolderSetting } from './backup-folder-setting';

export interface BackupStoreOptions {
  dataDir: string;
  now?: () => Date;
  nativeBinding?: string;
  rotation?: RotationPolicy;
}

function backupsIn(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    try {
      const stat = fs.statSync(path.join(folder, name));
      if (!stat.isFile()) continue;
      found.push({ name, reason: parsed.reason, takenAt: parsed.takenAt.toISOString(), sizeBytes: stat.size, folder });
    } catch {
      // Deleted between listing and stat: not a backup any more.
    }
  }
  return found;
}

/** The backups on disk: where they go, what is there, taking one, and thinning them out. */
export class BackupStore {
  private readonly now: () => Date;

  constructor(private readonly options: BackupStoreOptions) {
    this.now = options.now ?? (() => new Date());
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
    writeBackupFolderSetting(this.options.dataDir, path.normalize(folder));
  }

  /** Backups in the chosen folder and in the default one, newest first. */
  list(): BackupInfo[] {
    const folders = [...new Set([this.folder, this.defaultFolder])];
    return folders
      .flatMap(backupsIn)
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
  }

  find(name: string): BackupInfo | undefined {
    return this.list().find((backup) => backup.name === name);
  }

  pathOf(backup: BackupInfo): string {
    return path.join(backup.folder, backup.name);
  }

  /** Null when the backup is sound, else what is wrong with it. */
  problemWith(backup: BackupInfo): string | null {
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

  async create(sqlite: BetterSqlite3.Database, reason: BackupReason): Promise<BackupInfo> {
    const takenAt = this.uniqueTime();
    const folder = this.folder;
    const name = backupFileName(reason, takenAt);
    await backupSqlite(sqlite, path.join(folder, name), this.options.nativeBinding);
    this.rotate(folder, path.join(folder, name));
    const size = fs.statSync(path.join(folder, name)).size;
    return { name, reason, takenAt: takenAt.toISOString(), sizeBytes: size, folder };
  }

  /**
   * Deletes the backups the rotation policy no longer keeps, in one folder, except the newest one whose
   * content differs from `current` (the backup just taken): see newestDifferentBackup.
   */
  rotate(folder: string, current: string): string[] {
    const present = backupsIn(folder).map((backup) => ({ ...backup, takenAt: new Date(backup.takenAt) }));
    let doomed = backupsToDelete(present, this.now(), this.options.rotation ?? defaultRotationPolicy);
    if (doomed.length === 0) return [];
    const newestFirst = [...present].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
    const lastDifferent = newestDifferentBackup(newestFirst, current, (backup) => path.join(folder, backup.name));
    doomed = doomed.filter((backup) => backup !== lastDifferent);
    for (const backup of doomed) fs.rmSync(path.join(folder, backup.name), { force: true });
    return doomed.map((backup) => backup.name);
  }

  /** Erases withdrawn members from every backup that still holds them (see scrubWithdrawalsFromBackups). */
  scrubWithdrawals(entries: readonly RegisteredWithdrawal[]): BackupScrubReport {
    return scrubWithdrawalsFromBackups(this, entries, this.options.nativeBinding);
  }

  /** Two backups in the same millisecond would share a name; the second moves on a millisecond. */
  private lastTime = 0;
  private uniqueTime(): Date {
    const time = Math.max(this.now().getTime(), this.lastTime + 1);
    this.lastTime = time;
    return new Date(time);
  }
}
