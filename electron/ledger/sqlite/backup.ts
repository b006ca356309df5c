import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export function timestampForFileName(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Checks a ledger file that nobody is writing (a backup, or a copy about to replace the ledger):
 * the full integrity_check, not the quick one, because this copy may be the only good record left.
 * Returns null when it is sound, otherwise what is wrong with it.
 */
export function problemWithSqliteFile(file: string, nativeBinding?: string): string | null {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (error) {
    return `it cannot be opened (${(error as Error).message})`;
  }
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `it is damaged (${String(integrity)})`;
    const brokenLinks = sqlite.pragma('foreign_key_check') as unknown[];
    if (brokenLinks.length > 0) return `it has ${brokenLinks.length} broken links between records`;
    return null;
  } catch (error) {
    return `it is damaged (${(error as Error).message})`;
  } finally {
    sqlite.close();
  }
}

/**
 * A copy of a WAL ledger is itself in WAL mode, and every later read would leave -wal and -shm files
 * beside it. In rollback-journal mode a backup stays one file that can be moved or copied safely.
 */
function makeSelfContained(file: string, nativeBinding?: string): void {
  const copy = new BetterSqlite3(file, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export class BackupVerificationError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`The backup ${path.basename(file)} failed its check: ${problem}`);
    this.name = 'BackupVerificationError';
  }
}

/** Makes a rename durable: without syncing the folder, a power cut can forget the new name. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some filesystems refuse to open folders; the rename still happened.
  }
}

/**
 * Copies a live ledger with SQLite's online backup API (never a file copy, which can tear a WAL
 * database), to a temporary name first, checks the copy, and only then gives it its real name,
 * so a half-written or damaged backup never looks like a good one. The check opens the copy with its
 * own connection, which under Electron needs Electron's build of better-sqlite3 (nativeBinding).
 */
export async function backupSqlite(sqlite: BetterSqlite3.Database, target: string, nativeBinding?: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await sqlite.backup(partial);
    makeSelfContained(partial, nativeBinding);
    const problem = problemWithSqliteFile(partial, nativeBinding);
    if (problem) throw new BackupVerificationError(target, problem);
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** Copies a ledger file that is not open elsewhere (a backup being restored), the same careful way. */
export async function copySqliteFile(source: string, target: string, nativeBinding?: string): Promise<void> {
  const sqlite = new BetterSqlite3(source, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await backupSqlite(sqlite, target, nativeBinding);
  } finally {
    sqlite.close();
  }
}

/** Rows changed through this connection since it opened: tells the scheduler whether anything happened. */
export function changesSinceOpen(sqlite: BetterSqlite3.Database): number {
  return sqlite.prepare('select total_changes()').pluck().get() as number;
}

/** The migrations a ledger file says it has, or null when it is not one of our ledgers at all. */
export function migrationNamesIn(file: string, nativeBinding?: string): string[] | null {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) return null;
    return sqlite.prepare('select name from kysely_migration order by name').pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}
