import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { registerFoldFunction } from './fold-function';

export interface ClosedFileOptions {
  /** Inspection only: SQLite then cannot write the file at all. */
  readonly: boolean;
  nativeBinding?: string;
}

/**
 * Runs `work` over a ledger file no one has open (a backup, a set-aside ledger, a working copy), with the
 * fold function registered like on every connection. Written files stay in rollback-journal mode, one
 * file that can be moved or encrypted as a whole.
 */
export async function withClosedFile<T>(file: string, options: ClosedFileOptions, work: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const sqlite = new BetterSqlite3(file, { readonly: options.readonly, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    registerFoldFunction(sqlite);
    if (!options.readonly) sqlite.pragma('journal_mode = DELETE');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Rewrites the file without free pages or freeblocks, so no erased byte survives in it. */
export async function vacuumFile(db: Kysely<unknown>): Promise<void> {
  await sql`vacuum`.execute(db);
}

/** A ledger file's header says whether it is in WAL mode (bytes 18 and 19 are 2). */
export function isWalModeHeader(header: Buffer): boolean {
  return header.length >= 20 && header[18] === 2 && header[19] === 2;
}
