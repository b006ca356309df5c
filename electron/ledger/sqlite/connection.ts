import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { LedgerOpenError } from '../ledger-open-error';
import { nameSortKey } from '../search/name-sort-key';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

export interface ConnectionOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron keeps its own copy). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** Refuses a file that is not an SQLite database before SQLite gets a chance to overwrite it. */
export function assertLooksLikeSqlite(path: string): void {
  if (!fs.existsSync(path)) return;
  const size = fs.statSync(path).size;
  if (size === 0) return;
  const header = Buffer.alloc(sqliteHeader.length);
  const fd = fs.openSync(path, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(sqliteHeader)) {
    throw new LedgerOpenError('not_sqlite', `${path} is not a ledger file (it is not an SQLite database)`, path);
  }
}

/**
 * Opens one connection with the pragmas every connection must have.
 * synchronous=FULL: the ledger is written a few times a minute, and a committed vote or attendance
 * record must survive a power cut; WAL with NORMAL could lose the last commits.
 */
export function openSqliteConnection(path: string, options: ConnectionOptions = {}): BetterSqlite3.Database {
  assertLooksLikeSqlite(path);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, {
      nativeBinding: options.nativeBinding,
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (error) {
    throw new LedgerOpenError('unreadable', `The ledger ${path} could not be opened: ${(error as Error).message}`, path);
  }
  try {
    if (!options.readonly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.function('name_sort_key', { deterministic: true }, (text: unknown) =>
      nameSortKey(typeof text === 'string' ? text : null),
    );
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    const foreignKeyProblems = sqlite.pragma('foreign_key_check') as unknown[];
    if (foreignKeyProblems.length > 0) throw new Error(`${foreignKeyProblems.length} broken links between records`);
  } catch (error) {
    sqlite.close();
    if (error instanceof LedgerOpenError) throw error;
    throw new LedgerOpenError('corrupt', `The ledger ${path} is damaged: ${(error as Error).message}`, path);
  }
  return sqlite;
}
