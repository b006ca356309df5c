import fs from 'node:fs';
import { isOperationName, type OperationName } from '../../shared/contract';
import { createDispatcher, type Dispatch } from '../handlers/dispatch';
import type { Ledger } from '../ledger/ledger';
import type { SchedulerClock } from '../ledger/backups/backup-scheduler';
import { ledgerPathIn } from './data-dir';
import { LedgerSession } from './ledger-session';
import { OperationGate } from './operation-gate';
import { lockDataFolder, type AppKind } from './data-folder-lock';
import { displayedDatabaseUrl } from '../ledger/postgres/pg-pool';
import type { DocumentPrinter } from '../reports/pdf/document-printer';

export interface Backend {
  readonly session: LedgerSession;
  /** The open ledger; throws a ledger_unavailable DomainError while in recovery mode. */
  readonly ledger: Ledger;
  readonly ledgerPath: string;
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

export interface BackendOptions {
  dataDir: string;
  /** A PostgreSQL ledger's address (postgres://role:password@host/database); else the ledger file in dataDir. */
  databaseUrl?: string | null;
  /** Named in the lock, so a second copy of the app can say which one holds the folder. */
  kind?: AppKind;
  nativeBinding?: string;
  backupIntervalMinutes?: number;
  clock?: SchedulerClock;
  now?: () => Date;
  onError?: (error: unknown) => void;
  /** scrypt's cost for a new backup passphrase; tests lower it. */
  kdfCost?: { logN: number; r: number; p: number };
  /** pg_dump's path for a server ledger's copies; found on this computer by default (tests give their own). */
  pgDump?: () => string | null;
  /** Prints documents saved as PDF: the shell's Chromium, or web mode's browser. */
  printer?: DocumentPrinter;
}

/** Operations that swap the ledger underneath the others: they run alone. */
// A withdrawal runs alone too: a scheduled backup taken while it erases the backups could escape the scrub.
// So does entering the backup passphrase, which encrypts and scrubs backups.
const exclusiveOperations: ReadonlySet<OperationName> = new Set<OperationName>(['ledger.restoreBackup', 'members.withdraw', 'backups.setPassphrase', 'backups.unlock']);

/**
 * Everything behind the transports, with no Electron in sight: the shell and the web server both start
 * this. A ledger that cannot be opened does not stop the backend: it starts in recovery mode, serving
 * 'ledger.recovery' and 'ledger.restoreBackup', and every other operation answers ledger_unavailable.
 */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  // Before anything reads or writes the folder: another copy of the app may have it open.
  const lock = lockDataFolder(options.dataDir, options.kind ?? 'script');
  try {
    return await startLockedBackend(options, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function startLockedBackend(options: BackendOptions, releaseLock: () => void): Promise<Backend> {
  const ledgerPath = ledgerPathIn(options.dataDir);
  const existedBefore = !options.databaseUrl && fs.existsSync(ledgerPath);
  const onError = options.onError ?? console.error;
  const session = new LedgerSession({
    dataDir: options.dataDir,
    ledgerPath,
    databaseUrl: options.databaseUrl,
    nativeBinding: options.nativeBinding,
    backupIntervalMinutes: options.backupIntervalMinutes,
    clock: options.clock,
    now: options.now,
    onError,
    kdfCost: options.kdfCost,
    pgDump: options.pgDump,
    printer: options.printer,
  });
  const gate = new OperationGate();
  session.runShared = (work) => gate.shared(work);
  await session.open();
  // A server ledger is copied at start like a ledger file, where pg_dump is installed (else Settings says why not).
  if (session.isOpen && (existedBefore || (session.onServer && session.canDumpServer))) {
    // The start backup must not keep the app from starting (an unplugged backup drive).
    await session.backupNow('start').catch(onError);
  }
  // In recovery mode too: the backups hold the personal data whatever state the ledger is in.
  // Backups a failed scrub left behind, or that sat on a drive unplugged at the time, are erased now.
  await session.reportScrubFailures(() => session.scrubBackupsOfWithdrawnMembers());

  const inner = createDispatcher(session, onError);
  const dispatch: Dispatch = (operation, rawInput) =>
    isOperationName(operation) && exclusiveOperations.has(operation)
      ? gate.exclusive(() => inner(operation, rawInput))
      : gate.shared(() => inner(operation, rawInput));

  return {
    session,
    get ledger() {
      return session.ledger;
    },
    ledgerPath: options.databaseUrl ? displayedDatabaseUrl(options.databaseUrl) : ledgerPath,
    dispatch,
    close: () =>
      gate.exclusive(async () => {
        try {
          await session.close();
        } finally {
          releaseLock();
        }
      }),
  };
}
