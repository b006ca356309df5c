import fs from 'node:fs';
import type { Migration } from 'kysely';
import { copySqliteFile, problemWithSqliteFile, timestampForFileName } from '../sqlite/backup';
import { identifyLedgerFile } from '../sqlite/inspect-ledger-file';

// The file steps of a restore. The ledger must be closed before any of them runs.

const sidecarSuffixes = ['-wal', '-shm', '-journal'];

/** Null when the backup can become the ledger, else why not (damaged, not a ledger, or from a newer app). */
export function problemRestoring(file: string, known: Record<string, Migration>, nativeBinding?: string): string | null {
  const problem = problemWithSqliteFile(file, nativeBinding);
  if (problem) return problem;
  const identity = identifyLedgerFile(file, nativeBinding);
  if (identity.kind === 'foreign') return `it is not a ledger of this app (${identity.reason})`;
  if (identity.kind === 'blank') return 'it is an empty database, not a ledger';
  const unknown = identity.migrations.filter((name) => !(name in known));
  if (unknown.length > 0) return `it was written by a newer version of the app (${unknown.join(', ')})`;
  return null;
}

/** What follows the ledger's name in a set-aside copy's name (withdrawals scrub those copies too). */
export const setAsideInfix = '.damaged-';

/** Moves a ledger that could not be opened out of the way, with its journal files: nothing is deleted. */
export function setAsideLedger(ledgerPath: string, now: Date): string | null {
  if (!fs.existsSync(ledgerPath)) return null;
  const aside = `${ledgerPath}${setAsideInfix}${timestampForFileName(now)}`;
  for (const suffix of sidecarSuffixes) {
    if (fs.existsSync(ledgerPath + suffix)) fs.renameSync(ledgerPath + suffix, aside + suffix);
  }
  fs.renameSync(ledgerPath, aside);
  return aside;
}

/**
 * Copies the backup beside the ledger under a temporary name with the backup API, checks the copy,
 * then renames it over the ledger: a crash in between leaves either the old ledger or the restored one.
 */
export async function putBackupInPlace(backupPath: string, ledgerPath: string, nativeBinding?: string): Promise<void> {
  const staging = `${ledgerPath}.restoring`;
  await copySqliteFile(backupPath, staging, nativeBinding);
  // A WAL left beside the old file would be replayed into the restored one.
  for (const suffix of sidecarSuffixes) fs.rmSync(ledgerPath + suffix, { force: true });
  fs.renameSync(staging, ledgerPath);
}

/** Undoes setAsideLedger after a failed restore: the unreadable ledger goes back where it was. */
export function returnSetAside(aside: string, ledgerPath: string): void {
  for (const suffix of ['', ...sidecarSuffixes]) fs.rmSync(ledgerPath + suffix, { force: true });
  for (const suffix of sidecarSuffixes) {
    if (fs.existsSync(aside + suffix)) fs.renameSync(aside + suffix, ledgerPath + suffix);
  }
  fs.renameSync(aside, ledgerPath);
}
