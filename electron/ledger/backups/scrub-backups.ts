import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupScrubReport } from '../../../shared/domain/backups';
import { mergeValues, noValues, type IdentifyingValues } from '../erasure/identifying-values';
import { inspectClosedFile, withdrawalKey, type FileWithdrawal } from '../erasure/scrub-closed-file';
import { readWithdrawalRegister, type RegisteredWithdrawal } from '../withdrawal/withdrawal-register';
import { clearWorkFolder } from './backup-work-folder';
import type { BackupKeyring } from './encryption/backup-keyring';
import { isKnownClean, recordClean, registerFingerprint } from './encryption/clean-backups-record';
import { backupTarget, scrubbingSuffix, setAsideTargets, type ScrubTarget, type TargetContext } from './scrub-targets';

export interface ScrubbableBackups {
  readonly folder: string;
  readonly isDefaultFolder: boolean;
  readonly defaultFolder: string;
  readonly formerFolders: string[];
  readonly dataDir: string;
  readonly keyring: BackupKeyring;
  list(): BackupInfo[];
}

export interface ScrubRequest {
  entries: readonly RegisteredWithdrawal[];
  /** The ledger file: its set-aside copies are scrubbed too. */
  ledgerPath: string;
  /**
   * The ledger file is not in use (the ledger is on a PostgreSQL server): the file left behind by the
   * move still holds every member it had, so it is scrubbed like a set-aside copy.
   */
  ledgerFileIdle?: boolean;
  /** Values the live ledger had for a withdrawal just made (by withdrawalKey); in memory only. */
  known?: ReadonlyMap<string, IdentifyingValues>;
  /** Given every value the files still knew, erases them from the live ledger too (when one is open). */
  eraseFromLedger?: (withdrawals: readonly FileWithdrawal[]) => Promise<unknown>;
}

function holdsAnyValue(known: ReadonlyMap<string, IdentifyingValues>): boolean {
  return [...known.values()].some((values) => values.names.length + values.notes.length > 0);
}

function folderReachable(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The backup folders other than the default one (the chosen one, the ones chosen before) that cannot
 * be reached now, an unplugged drive: their backups cannot be checked, and a withdrawal must say so.
 */
export function unreachableBackupFolders(backups: Pick<ScrubbableBackups, 'folder' | 'isDefaultFolder' | 'formerFolders'>): string[] {
  const otherFolders = [...new Set([...(backups.isDefaultFolder ? [] : [backups.folder]), ...backups.formerFolders])];
  return otherFolders.filter((folder) => !folderReachable(folder));
}

/** Copies a crash left half-written or half-scrubbed hold personal data and are no backups: they go. */
function removeLeftovers(folders: readonly string[], dataDir: string): void {
  clearWorkFolder(dataDir);
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.endsWith(scrubbingSuffix) || name.endsWith('.partial')) fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}

function withdrawalsWith(entries: readonly RegisteredWithdrawal[], known: ReadonlyMap<string, IdentifyingValues>): FileWithdrawal[] {
  return entries.map((entry) => ({ entry, known: known.get(withdrawalKey(entry)) ?? noValues }));
}

/** Every value any reachable file holds for each withdrawal: a name one backup kept finds it in all the others. */
async function gatherValues(targets: readonly ScrubTarget[], request: ScrubRequest, nativeBinding?: string): Promise<Map<string, IdentifyingValues>> {
  const known = new Map(request.known);
  for (const target of targets) {
    if (await target.blocker()) continue;
    try {
      const found = await target.read((file) => inspectClosedFile(file, withdrawalsWith(request.entries, known), nativeBinding));
      for (const [key, values] of found.values) known.set(key, mergeValues(known.get(key) ?? noValues, values));
    } catch {
      // Reported when this file's own scrub is tried.
    }
  }
  return known;
}

type TargetOutcome = 'scrubbed' | 'alreadyClear' | { locked: boolean; problem: string };

/** An encrypted backup checked against this very register needs no passphrase to be known clear. */
function knownClean(target: ScrubTarget, dataDir: string, fingerprint: string): boolean {
  return target.encryptedFile !== null && isKnownClean(dataDir, target.encryptedFile, fingerprint);
}

async function scrubOne(target: ScrubTarget, withdrawals: readonly FileWithdrawal[], nativeBinding?: string): Promise<TargetOutcome> {
  const blocker = await target.blocker();
  if (blocker) return blocker;
  try {
    const { pending } = await target.read((file) => inspectClosedFile(file, withdrawals, nativeBinding));
    if (pending === 0) return 'alreadyClear';
    await target.scrub(withdrawals);
    return 'scrubbed';
  } catch (error) {
    return { locked: false, problem: (error as Error).message };
  }
}

function record(report: BackupScrubReport, target: ScrubTarget, outcome: TargetOutcome): void {
  if (target.kind === 'set-aside') {
    const notReached = typeof outcome === 'object';
    report.setAside.push({ name: target.name, outcome: notReached ? 'notReached' : outcome, problem: notReached ? outcome.problem : null });
  } else if (outcome === 'scrubbed') report.scrubbed += 1;
  else if (outcome === 'alreadyClear') report.alreadyClear += 1;
  else if (outcome.locked) report.locked.push(target.name);
  else report.failed.push({ name: target.name, problem: outcome.problem });
}

/**
 * Erases the withdrawn members from every backup and set-aside ledger that still holds anything of them,
 * with the one erasure. First every reachable file is read for the values that identify each member
 * (one backup may be the last to know a name another holds in its meeting notes), then each file is
 * scrubbed on a working copy, verified and swapped in. One file failing does not stop the others; every
 * file not reached is named in the report: nothing is skipped silently.
 */
export async function scrubWithdrawalsFromBackups(backups: ScrubbableBackups, request: ScrubRequest, nativeBinding?: string): Promise<BackupScrubReport> {
  const report: BackupScrubReport = {
    scrubbed: 0, alreadyClear: 0, failed: [], unreachableFolders: unreachableBackupFolders(backups), locked: [], setAside: [],
    serverBackups: false, serverDumpsDeleted: 0,
  };
  const listed = backups.list();
  removeLeftovers([backups.folder, backups.defaultFolder, ...backups.formerFolders], backups.dataDir);
  if (request.entries.length === 0) return report;
  const context: TargetContext = { dataDir: backups.dataDir, keyring: backups.keyring, nativeBinding };
  const fingerprint = registerFingerprint(request.entries);
  const all = [...listed.map((backup) => backupTarget(backup, context)), ...setAsideTargets(request.ledgerPath, context, request.ledgerFileIdle ?? false)];
  const unchecked = all.filter((target) => !knownClean(target, backups.dataDir, fingerprint));
  report.alreadyClear += all.length - unchecked.length;
  const nowClean: string[] = [];
  try {
    const known = await gatherValues(unchecked, request, nativeBinding);
    const withdrawals = withdrawalsWith(request.entries, known);
    if (request.eraseFromLedger && holdsAnyValue(known)) await request.eraseFromLedger(withdrawals);
    for (const target of unchecked) {
      const outcome = await scrubOne(target, withdrawals, nativeBinding);
      record(report, target, outcome);
      if (target.encryptedFile && typeof outcome === 'string') nowClean.push(target.encryptedFile);
    }
  } finally {
    clearWorkFolder(backups.dataDir);
  }
  const encryptedFiles = all.flatMap((target) => (target.encryptedFile ? [target.encryptedFile] : []));
  recordClean(backups.dataDir, nowClean, fingerprint, report.unreachableFolders.length > 0 ? null : encryptedFiles);
  return report;
}

/**
 * For a new encrypted backup: its plaintext copy checked against the register before it is encrypted.
 * Returns the register's fingerprint when it holds none of the withdrawals (it is then recorded clean
 * and a start without the passphrase need not report it), else null.
 */
export async function cleanAgainstRegister(dataDir: string, plain: string, nativeBinding?: string): Promise<string | null> {
  try {
    const entries = readWithdrawalRegister(dataDir);
    const { pending } = await inspectClosedFile(plain, withdrawalsWith(entries, new Map()), nativeBinding);
    return pending === 0 ? registerFingerprint(entries) : null;
  } catch {
    return null;
  }
}
