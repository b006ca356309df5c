import fs from 'node:fs';
import path from 'node:path';
import { encryptedBackupSuffix, type BackupInfo, type BackupReason, type BackupScrubReport } from '../../../shared/domain/backups';
import { dumpLedgerDatabase, findPgDump } from '../postgres/pg-dump';
import { syncFolder } from '../sqlite/backup';
import { backupFileName } from './backup-names';
import { backupsIn, type BackupStore } from './backup-store';
import { newWorkFile, removeWorkFile } from './backup-work-folder';
import { encryptVerified } from './encrypted-backups';
import { unreachableBackupFolders } from './scrub-backups';
import { readServerCopyMarks, writeServerCopyMark } from './server-copy-marks';
import type { LedgerWithdrawals } from '../withdrawal/reapply-withdrawals';

// The copies of a PostgreSQL ledger this app takes with pg_dump. They go where the ledger file's backups
// go, under the same rule (BackupStore.destination): a folder that leaves this computer (a removable
// drive, a synced folder) gets them encrypted with the backup passphrase, in the same file format. The
// plaintext dump exists only in the data folder's work folder, and only until it is encrypted or moved.
// A dump cannot be edited, so a withdrawal deletes every dump taken before it, in every folder the app
// wrote to, and takes a new one. The server's own backups are its administrator's; the report says so.

export interface ServerDumpsOptions {
  store: BackupStore;
  databaseUrl: string;
  /** pg_dump's path, looked up at each use (it may be installed while the app runs); tests give their own. */
  pgDump?: () => string | null;
  /** The withdrawals the server ledger holds now (each copy is marked with the highest number). */
  withdrawals: () => Promise<LedgerWithdrawals>;
}

/** A copy's mark survives its encryption in place (the name gains .enc). */
const markName = (name: string) => (name.endsWith(encryptedBackupSuffix) ? name.slice(0, -encryptedBackupSuffix.length) : name);

/** What deleting dumps did, in the withdrawal report's words. */
export type DumpRemoval = Pick<BackupScrubReport, 'failed' | 'unreachableFolders'> & { deleted: number };

export class ServerDumps {
  constructor(private readonly options: ServerDumpsOptions) {}

  /** pg_dump on this computer; null when it is not installed. */
  get pgDump(): string | null {
    return (this.options.pgDump ?? findPgDump)();
  }

  /** The dumps in every folder the app wrote backups to, newest first. */
  list(): BackupInfo[] {
    return this.options.store.list('pgdump');
  }

  /**
   * A new dump, checked with pg_restore before it is encrypted (or moved) to its final name, then the
   * folder rotated like the ledger file's backups. Nothing is left behind when any step fails.
   */
  async take(reason: BackupReason): Promise<BackupInfo> {
    const pgDump = this.pgDump;
    if (!pgDump) throw new Error('pg_dump is not installed on this computer');
    const { store, databaseUrl } = this.options;
    const { folder, key, takenAt } = store.destination('pgdump');
    const name = backupFileName(reason, takenAt, key !== null, 'pgdump');
    const target = path.join(folder, name);
    const work = newWorkFile(store.dataDir, 'dump', 'pgdump');
    // Read before pg_dump takes its snapshot: the copy reflects at least the withdrawals numbered up to here.
    const withdrawalsBefore = (await this.options.withdrawals()).highestNumber;
    try {
      fs.mkdirSync(folder, { recursive: true });
      await dumpLedgerDatabase(pgDump, databaseUrl, work);
      if (key) await encryptVerified(work, target, key);
      else placePlain(work, target);
    } finally {
      removeWorkFile(work);
    }
    store.rotate(folder, target, 'pgdump');
    const taken = backupsIn(folder, 'pgdump').find((dump) => dump.name === name);
    if (!taken) throw new Error(`the copy ${name} disappeared from ${folder} as soon as it was written`);
    const everyFolderReached = unreachableBackupFolders(store).length === 0;
    writeServerCopyMark(store.dataDir, markName(name), withdrawalsBefore, everyFolderReached ? this.list().map((dump) => markName(dump.name)) : null);
    return taken;
  }

  /** A withdrawal: every dump goes, none can be scrubbed (the caller then takes a new one). */
  removeAll(): DumpRemoval {
    return this.remove(() => true);
  }

  /**
   * Copies that may hold a member withdrawn since they were taken: at start, when the passphrase is
   * entered (a drive unplugged at the time of the withdrawal) and after each new copy (another
   * coordinator's withdrawal on the server). A marked copy is stale when the ledger's highest withdrawal
   * number has grown since; an unmarked one when it is older than the newest withdrawal
   * (`alsoNewerThan`: a withdrawal this computer's register knows of).
   */
  async removeStale(alsoNewerThan = ''): Promise<DumpRemoval> {
    const { highestNumber, newestAt } = await this.options.withdrawals();
    const newest = alsoNewerThan > newestAt ? alsoNewerThan : newestAt;
    const marks = readServerCopyMarks(this.options.store.dataDir);
    return this.remove((dump) => {
      const mark = marks[markName(dump.name)];
      return mark === undefined ? dump.takenAt < newest : mark < highestNumber;
    });
  }

  private remove(doomed: (dump: BackupInfo) => boolean): DumpRemoval {
    const removal: DumpRemoval = { deleted: 0, failed: [], unreachableFolders: unreachableBackupFolders(this.options.store) };
    for (const dump of this.list().filter(doomed)) {
      try {
        fs.rmSync(path.join(dump.folder, dump.name));
        removal.deleted += 1;
      } catch (error) {
        removal.failed.push({ name: dump.name, problem: `this copy of the server ledger could not be deleted (${(error as Error).message})` });
      }
    }
    return removal;
  }
}

/** A plain dump (a folder on this computer) copied from the work folder under a temporary name, then named. */
function placePlain(work: string, target: string): void {
  const partial = `${target}.partial`;
  try {
    fs.copyFileSync(work, partial);
    const fd = fs.openSync(partial, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The withdrawal report of the ledger-file backups with what the dumps' removal did added. */
export function withDumpRemoval(report: BackupScrubReport, removal: DumpRemoval): BackupScrubReport {
  return {
    ...report,
    failed: [...report.failed, ...removal.failed],
    unreachableFolders: [...new Set([...report.unreachableFolders, ...removal.unreachableFolders])],
    serverBackups: true,
    serverDumpsDeleted: report.serverDumpsDeleted + removal.deleted,
  };
}
