import BetterSqlite3 from 'better-sqlite3';
import { LedgerOpenError } from '../ledger-open-error';
import { registerFoldFunction } from './fold-function';
import { registerNameSortFunction } from './name-sort-function';

export interface ConnectionOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron keeps its own copy). */
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * For a new ledger only: written before anything else, the WAL switch included, so the file carries
   * its identity from its first page on (see ledger-identity.ts).
   */
  applicationId?: number;
}

/**
 * Opens one connection with the pragmas every connection must have. Call it only on a file
 * inspectLedgerFile accepted: the WAL switch below is already a write.
 * synchronous=FULL: the ledger is written a few times a minute, and a committed vote or attendance
 * record must survive a power cut; WAL with NORMAL could lose the last commits.
 */
export function openSqliteConnection(path: string, options: ConnectionOptions = {}): BetterSqlite3.Database {
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
  registerFoldFunction(sqlite);
  registerNameSortFunction(sqlite);
  try {
    if (options.applicationId !== undefined) sqlite.pragma(`application_id = ${Math.trunc(options.applicationId)}`);
    if (!options.readonly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite.close();
    throw new LedgerOpenError('unreadable', `The ledger ${path} could not be prepared: ${(error as Error).message}`, path);
  }
  return sqlite;
}
