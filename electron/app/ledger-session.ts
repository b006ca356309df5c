import type { Migration } from 'kysely';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
import { DomainError, notFound } from '../domain-error';
import { openLedger, type Ledger } from '../ledger/ledger';
import { LedgerOpenError } from '../ledger/ledger-open-error';
import { migrations as appMigrations } from '../ledger/migrations';
import { BackupStore } from '../ledger/backups/backup-store';
import { BackupScheduler, type SchedulerClock } from '../ledger/backups/backup-scheduler';
import { problemRestoring, putBackupInPlace, returnSetAside, setAsideLedger } from '../ledger/backups/ledger-swap';
import { restoreSource } from '../ledger/backups/restore-source';
import type { IdentifyingValues } from '../ledger/erasure/identifying-values';
import type { FileWithdrawal } from '../ledger/erasure/scrub-closed-file';
import { eraseRemnantsFromLedger } from '../ledger/withdrawal/erase-remnants';
import { storageWarningHere } from '../ledger/backups/storage-location';
import { changesSinceOpen } from '../ledger/sqlite/backup';
import { withdrawalTally, reconcileWithdrawals } from '../ledger/withdrawal/reapply-withdrawals';
import { readWithdrawalRegister, type RegisteredWithdrawal } from '../ledger/withdrawal/withdrawal-register';
import type { BackupScrubReport } from '../../shared/domain/backups';
import type { HandlerContext } from '../handlers/handler-types';
import type { DocumentPrinter } from '../reports/pdf/document-printer';
import type { LedgerSafety, RestoreOutcome } from './ledger-safety';
import { BackupPassphraseActions } from './backup-passphrase-actions';
import { scrubProblem } from './scrub-problem';
import { ServerDumps, withDumpRemoval } from '../ledger/backups/server-dumps';
import { latestAuditEntryId } from '../ledger/audit/audit-repository';

export interface LedgerSessionOptions {
  dataDir: string;
  ledgerPath: string;
  /** A PostgreSQL ledger's address; the ledger file (ledgerPath) is then not used. */
  databaseUrl?: string | null;
  nativeBinding?: string;
  backupIntervalMinutes?: number;
  clock?: SchedulerClock;
  now?: () => Date;
  migrations?: Record<string, Migration>;
  onError?: (error: unknown) => void;
  /** scrypt's cost for a new backup passphrase; tests lower it. */
  kdfCost?: { logN: number; r: number; p: number };
  printer?: DocumentPrinter;
  /** pg_dump's path for a server ledger's copies; found on this computer by default. */
  pgDump?: () => string | null;
}

/**
 * Holds the open ledger (or why it could not be opened) for the handlers. Handlers read
 * `context.ledger` on every call, so a restore can close one ledger and open another underneath them.
 */
export class LedgerSession implements HandlerContext, LedgerSafety {
  readonly dataDir: string;
  readonly ledgerPath: string;
  readonly backups: BackupStore;
  readonly backupIntervalMinutes: number;
  readonly storageWarning: string | null;
  private current: Ledger | null = null;
  private problem: LedgerOpenError | null = null;
  private backupError: string | null = null;
  private withdrawalError: string | null = null;
  private scrubError: string | null = null;
  private readonly scheduler: BackupScheduler;
  private readonly now: () => Date;
  readonly passphrase: BackupPassphraseActions;
  readonly printer?: DocumentPrinter;
  /** A server ledger's pg_dump copies; null for a ledger file. */
  private readonly serverDumps: ServerDumps | null;

  /** Wired by the backend: scheduled backups must queue behind a restore like any operation. */
  runShared: <T>(work: () => Promise<T>) => Promise<T> = (work) => work();

  constructor(private readonly options: LedgerSessionOptions) {
    this.dataDir = options.dataDir;
    this.ledgerPath = options.ledgerPath;
    this.now = options.now ?? (() => new Date());
    this.printer = options.printer;
    this.backups = new BackupStore({ dataDir: options.dataDir, now: this.now, nativeBinding: options.nativeBinding, kdfCost: options.kdfCost });
    this.passphrase = new BackupPassphraseActions(this.backups, this.now, () => this.reportScrubFailures(() => this.scrubBackupsOfWithdrawnMembers()), options.nativeBinding);
    this.backupIntervalMinutes = options.backupIntervalMinutes ?? 15;
    this.storageWarning = storageWarningHere(options.ledgerPath);
    this.serverDumps = options.databaseUrl ? new ServerDumps({ store: this.backups, databaseUrl: options.databaseUrl, pgDump: options.pgDump, withdrawals: () => withdrawalTally(this.ledger.db) }) : null;
    this.scheduler = new BackupScheduler({
      intervalMs: this.backupIntervalMinutes * 60_000,
      changeCounter: () => this.changeCounter(),
      backup: () => this.runShared(() => this.backupNow('scheduled')).then(() => undefined),
      clock: options.clock,
      onError: options.onError,
    });
  }

  /**
   * What the scheduler compares: the file's changes, or on a server (where other coordinators write too)
   * the newest audit entry. A server ledger is only copied where pg_dump is installed; without it nothing
   * is scheduled, and Settings says what the server's administrator must do.
   */
  private async changeCounter(): Promise<number> {
    const ledger = this.current;
    if (!ledger) return 0;
    if (ledger.engine === 'sqlite') return changesSinceOpen(ledger.sqlite);
    return this.serverDumps?.pgDump ? latestAuditEntryId(ledger.db) : 0;
  }

  get ledger(): Ledger {
    if (!this.current) {
      throw this.problem
        ? new DomainError(
            'ledger_unavailable',
            `The ledger could not be opened: ${this.problem.message} Restore a backup from the recovery screen.`,
            [],
            { reason: 'ledger.unavailable', params: { problem: this.problem.message } },
          )
        : new DomainError('ledger_unavailable', 'The ledger is being restored; try again in a moment.', [], {
            reason: 'ledger.restoring',
          });
    }
    return this.current;
  }

  get safety(): LedgerSafety {
    return this;
  }

  get openProblem(): LedgerOpenError | null {
    return this.problem;
  }

  get lastBackupError(): string | null {
    return this.backupError;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** Opens the ledger; a ledger that cannot be opened leaves the session in recovery mode, untouched. */
  async open(): Promise<void> {
    try {
      this.current = await openLedger({
        path: this.ledgerPath,
        databaseUrl: this.options.databaseUrl,
        backupDir: this.backups.folder,
        nativeBinding: this.options.nativeBinding,
        migrations: this.options.migrations,
        now: this.now,
        blankFileMeansLoss: () => this.backups.newestGood(1).length > 0,
      });
      this.problem = null;
      await this.applyWithdrawalRegister(this.current);
      await this.scheduler.reset().catch((error: unknown) => this.options.onError?.(error));
      this.scheduler.start();
    } catch (error) {
      if (!(error instanceof LedgerOpenError)) throw error;
      this.current = null;
      this.problem = error;
    }
  }

  /**
   * A ledger restored from a backup (here or from the recovery screen, or copied into place by hand)
   * may hold members who withdrew after that backup was taken: they are anonymised again before any
   * operation can see them. A failure is kept for restore() to act on and reported, never silent.
   */
  private async applyWithdrawalRegister(ledger: Ledger): Promise<void> {
    try {
      await reconcileWithdrawals(ledger, this.dataDir);
      this.withdrawalError = null;
    } catch (error) {
      this.withdrawalError = `Withdrawals could not be applied to the ledger: ${(error as Error).message}`;
      this.options.onError?.(new Error(this.withdrawalError));
    }
  }

  /** Why the register could not be applied on the last open, or backups still hold a withdrawn member. */
  get lastWithdrawalError(): string | null {
    return this.withdrawalError ?? this.scrubError;
  }

  /**
   * Checks every backup and set-aside ledger against the whole withdrawal register and erases any member
   * still in one: at start and when the backup passphrase is entered, this catches backups a failed scrub
   * left behind, that sat on a drive unplugged at the time, or that were encrypted and locked.
   */
  scrubBackupsOfWithdrawnMembers(
    entries: readonly RegisteredWithdrawal[] = readWithdrawalRegister(this.dataDir),
    known?: ReadonlyMap<string, IdentifyingValues>,
  ): Promise<BackupScrubReport> {
    const eraseFromLedger = async (withdrawals: readonly FileWithdrawal[]) => {
      if (!this.current) return;
      try {
        await eraseRemnantsFromLedger(this.current, withdrawals);
      } catch (error) {
        this.withdrawalError = `A withdrawn member's details that a backup still knew could not be erased from the ledger: ${(error as Error).message}`;
        this.options.onError?.(error);
      }
    };
    const files = this.backups.scrubWithdrawals({ entries, known, ledgerPath: this.ledgerPath, ledgerFileIdle: this.onServer, eraseFromLedger });
    const dumps = this.serverDumps;
    const newest = entries.reduce((latest, entry) => (entry.withdrawnAt > latest ? entry.withdrawnAt : latest), '');
    return dumps ? files.then(async (report) => withDumpRemoval(report, await dumps.removeStale(newest))) : files;
  }

  /** A withdrawal's own scrub, kept for Settings to show like the start-up one (see withdraw-everywhere.ts). */
  async scrubWithdrawals(entries: readonly RegisteredWithdrawal[], known: ReadonlyMap<string, IdentifyingValues>): Promise<BackupScrubReport> {
    // On a server, ledger-file backups from before the move are scrubbed like any, and every dump is deleted.
    const dumps = this.serverDumps;
    const scrub = () => this.scrubBackupsOfWithdrawnMembers(entries, known);
    const report = await this.reportScrubFailures(dumps ? async () => withDumpRemoval(await scrub(), dumps.removeAll()) : scrub);
    if (!report) throw new Error(this.scrubError ?? 'Backups could not be checked for withdrawn members');
    // A new copy without the member; one that fails is a failed backup (Settings shows it), not a privacy gap.
    if (dumps?.pgDump) await this.backupNow('manual').catch((error: unknown) => this.options.onError?.(error));
    return report;
  }

  /** Runs a scrub whose failures cannot undo what already happened: each one is reported, never dropped. */
  async reportScrubFailures(scrub: () => Promise<BackupScrubReport>): Promise<BackupScrubReport | null> {
    try {
      const report = await scrub();
      for (const failure of report.failed) {
        this.options.onError?.(new Error(`A withdrawn member could not be erased from the backup ${failure.name}: ${failure.problem}`));
      }
      this.scrubError = scrubProblem(report);
      return report;
    } catch (error) {
      this.scrubError = `Backups could not be checked for withdrawn members: ${(error as Error).message}`;
      this.options.onError?.(error);
      return null;
    }
  }

  /** The backups Settings lists: the ledger file's, or on a server the pg_dump copies taken here. */
  listBackups(): BackupInfo[] {
    return this.serverDumps ? this.serverDumps.list() : this.backups.list();
  }

  /** Whether this computer can take copies of a server ledger (pg_dump installed). */
  get canDumpServer(): boolean {
    return this.serverDumps?.pgDump != null;
  }

  async backupNow(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    if (this.serverDumps) return this.dumpServerLedger(this.serverDumps, reason);
    try {
      const backup = await this.backups.create(this.ledger.sqlite, reason);
      this.backupError = null;
      return backup;
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.backupError = `The ${reason} backup failed: ${(error as Error).message}`;
      const code = (error as { code?: unknown }).code;
      const diskFull = code === 'ENOSPC' || code === 'SQLITE_FULL';
      throw new DomainError(diskFull ? 'storage_full' : 'ledger_unavailable', `${this.backupError}. The ledger itself is unchanged.`, [], {
        reason: 'backups.failed',
        params: { problem: (error as Error).message },
      });
    }
  }

  /** True when the ledger lives on a PostgreSQL server rather than in this folder. */
  get onServer(): boolean {
    return !!this.options.databaseUrl;
  }

  /** A server ledger's backup here: pg_dump where it is installed, else Settings says what to ask the administrator. */
  private async dumpServerLedger(dumps: ServerDumps, reason: BackupReason): Promise<BackupInfo> {
    if (!dumps.pgDump) {
      throw new DomainError('conflict', 'pg_dump is not installed on this computer; the server administrator backs the ledger up.', [], {
        reason: 'backups.onServer',
      });
    }
    try {
      const dump = await dumps.take(reason);
      this.backupError = null;
      await this.removeDumpsOfLaterWithdrawals(dumps);
      return dump;
    } catch (error) {
      this.backupError = `The ${reason} copy of the server ledger failed: ${(error as Error).message}`;
      throw new DomainError('ledger_unavailable', `${this.backupError}. The ledger itself is unchanged.`, [], {
        reason: 'backups.failed',
        params: { problem: (error as Error).message },
      });
    }
  }

  /**
   * Another coordinator may have withdrawn a member since the older copies were taken: the server's
   * ledger says so at once (this computer's register only at the next start), and those copies go.
   */
  private async removeDumpsOfLaterWithdrawals(dumps: ServerDumps): Promise<void> {
    try {
      const removal = await dumps.removeStale();
      for (const failure of removal.failed) this.options.onError?.(new Error(`A copy of the server ledger that holds a withdrawn member could not be deleted: ${failure.name}: ${failure.problem}`));
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  async restore(name: string, passphrase?: string): Promise<RestoreOutcome> {
    if (this.onServer) {
      throw new DomainError('conflict', 'This ledger is on a PostgreSQL server: a backup file cannot replace it from here.', [], {
        reason: 'backups.onServer',
      });
    }
    const backup = this.backups.find(name);
    if (!backup) throw notFound('backup', name);
    const source = await restoreSource(this.backups, backup, passphrase);
    try {
      return await this.restoreFrom(backup, source.file);
    } finally {
      source.release();
    }
  }

  private async restoreFrom(backup: BackupInfo, file: string): Promise<RestoreOutcome> {
    const name = backup.name;
    const problem = problemRestoring(file, this.options.migrations ?? appMigrations, this.options.nativeBinding);
    if (problem) {
      throw new DomainError('conflict', `The backup ${name} cannot be restored: ${problem}. The ledger was not changed.`, [], {
        reason: 'backups.restoreRefused',
        params: { problem },
      });
    }
    let keptAs: BackupInfo | null = null;
    let setAsideAs: string | null = null;
    if (this.current) {
      keptAs = await this.backupNow('before-restore');
      await this.closeLedger();
    } else {
      setAsideAs = setAsideLedger(this.ledgerPath, this.now());
    }
    try {
      await putBackupInPlace(file, this.ledgerPath, this.options.nativeBinding);
      await this.open();
      if (this.problem) throw this.problem;
      // A restored ledger that would show a withdrawn member again must not stay in place.
      if (this.withdrawalError) throw new Error(this.withdrawalError);
    } catch (error) {
      await this.putBack(keptAs, setAsideAs);
      throw new DomainError('internal', `Restoring ${name} failed (${(error as Error).message}); the previous ledger was put back.`, [], {
        reason: 'backups.restoreFailed',
        params: { problem: (error as Error).message },
      });
    }
    // The restored backup may itself have escaped a scrub (its drive was unplugged): erase it there too.
    await this.reportScrubFailures(() => this.scrubBackupsOfWithdrawnMembers());
    return { restored: backup, keptAs, setAsideAs };
  }

  /** After a failed restore: the ledger as it was, from the copy kept just before. */
  private async putBack(keptAs: BackupInfo | null, setAsideAs: string | null): Promise<void> {
    await this.closeLedger();
    if (keptAs) {
      const source = await restoreSource(this.backups, keptAs);
      try {
        await putBackupInPlace(source.file, this.ledgerPath, this.options.nativeBinding);
      } finally {
        source.release();
      }
    } else if (setAsideAs) returnSetAside(setAsideAs, this.ledgerPath);
    await this.open();
  }

  private async closeLedger(): Promise<void> {
    this.scheduler.stop();
    const closing = this.current;
    this.current = null;
    await closing?.close();
  }

  async close(): Promise<void> {
    await this.closeLedger();
  }

  /** For tests: run the scheduler's check now rather than waiting for the timer. */
  checkSchedule(): Promise<boolean> {
    return this.scheduler.tick();
  }
}
