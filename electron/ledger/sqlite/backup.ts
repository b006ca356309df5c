import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

export function timestampForFileName(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies a live ledger with SQLite's online backup API (never a file copy, which can tear a WAL
 * database), to a temporary name first so a half-written backup never looks like a good one.
 */
export async function backupSqlite(sqlite: BetterSqlite3.Database, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  await sqlite.backup(partial);
  fs.renameSync(partial, target);
}
