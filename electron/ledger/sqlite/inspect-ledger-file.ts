import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { LedgerOpenError } from '../ledger-open-error';
import { identifyDatabase, type LedgerIdentity } from './ledger-identity';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');
const walSidecars = ['-wal', '-shm'];

/** What is at the ledger's path, found without writing to it. */
export type LedgerFileState =
  | { kind: 'absent' }
  /** Zero bytes, or an SQLite file with nothing in it: a ledger can be made here, unless one was lost. */
  | { kind: 'blank'; sizeBytes: number }
  | { kind: 'ledger'; migrations: string[] };

/** 'sqlite', 'cut short' (the start of an SQLite header and nothing more), or 'other'. */
function headerKind(path: string): 'sqlite' | 'cut short' | 'other' {
  const header = Buffer.alloc(sqliteHeader.length);
  const fd = fs.openSync(path, 'r');
  try {
    const read = fs.readSync(fd, header, 0, header.length, 0);
    if (read === header.length) return header.equals(sqliteHeader) ? 'sqlite' : 'other';
    return header.subarray(0, read).equals(sqliteHeader.subarray(0, read)) ? 'cut short' : 'other';
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Runs `look` on a read-only connection and leaves the folder as it found it. Even a read-only
 * connection to a WAL database creates -wal and -shm files beside it; those it made are removed, so
 * another application's file is not left with files of ours. No other process has the ledger open
 * meanwhile: the data folder lock (electron/app/data-folder-lock.ts) sees to that.
 */
function lookReadOnly<T>(path: string, nativeBinding: string | undefined, look: (sqlite: BetterSqlite3.Database) => T): T {
  const presentBefore = walSidecars.filter((suffix) => fs.existsSync(path + suffix));
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (error) {
    throw new LedgerOpenError('unreadable', `The ledger ${path} could not be opened: ${(error as Error).message}`, path);
  }
  try {
    return look(sqlite);
  } finally {
    sqlite.close();
    for (const suffix of walSidecars) if (!presentBefore.includes(suffix)) fs.rmSync(path + suffix, { force: true });
  }
}

/** Whose database a file that nobody has open is (a backup about to be restored); reads only. */
export function identifyLedgerFile(path: string, nativeBinding?: string): LedgerIdentity {
  return lookReadOnly(path, nativeBinding, identifyDatabase);
}

function damaged(path: string, problem: string): LedgerOpenError {
  return new LedgerOpenError('corrupt', `The ledger ${path} is damaged: ${problem}`, path);
}

/**
 * Says what the file at `path` is before anything may write to it. Anything that must not become the
 * ledger throws a LedgerOpenError naming the problem: not SQLite, another application's database, or
 * a damaged (for example truncated) ledger.
 */
export function inspectLedgerFile(path: string, nativeBinding?: string): LedgerFileState {
  if (!fs.existsSync(path)) return { kind: 'absent' };
  const sizeBytes = fs.statSync(path).size;
  if (sizeBytes === 0) return { kind: 'blank', sizeBytes };
  const header = headerKind(path);
  if (header === 'cut short') throw damaged(path, `it is cut short (${sizeBytes} bytes)`);
  if (header === 'other') {
    throw new LedgerOpenError('not_sqlite', `${path} is not a ledger file (it is not an SQLite database)`, path);
  }
  return lookReadOnly(path, nativeBinding, (sqlite): LedgerFileState => {
    let identity: LedgerIdentity;
    try {
      identity = identifyDatabase(sqlite);
    } catch (error) {
      throw damaged(path, (error as Error).message);
    }
    if (identity.kind === 'foreign') {
      throw new LedgerOpenError('not_a_ledger', `${path} is not a ledger of this app: ${identity.reason}. It was left exactly as it was.`, path);
    }
    if (identity.kind === 'blank') return { kind: 'blank', sizeBytes };
    try {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
      const brokenLinks = sqlite.pragma('foreign_key_check') as unknown[];
      if (brokenLinks.length > 0) throw new Error(`${brokenLinks.length} broken links between records`);
    } catch (error) {
      throw damaged(path, (error as Error).message);
    }
    return { kind: 'ledger', migrations: identity.migrations };
  });
}
