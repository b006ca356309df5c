import fs from 'node:fs';
import path from 'node:path';
import { Kysely, type Migration } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database, LedgerDb } from './database';
import { openSqliteConnection } from './sqlite/connection';
import { ledgerDialect } from './sqlite/ledger-dialect';
import { applyMigrations, planMigrations, refuseNewerLedger } from './migrate-ledger';
import { inspectLedgerFile } from './sqlite/inspect-ledger-file';
import { ledgerApplicationId } from './sqlite/ledger-identity';
import { LedgerOpenError } from './ledger-open-error';
import { backupSqlite, timestampForFileName } from './sqlite/backup';
import { migrations as appMigrations } from './migrations';
import { refreshSearchIndex } from './search/refresh-search-index';
import { AuditTrail, type AuditEntry } from './audit/audit-log';
import { currentActor } from './audit/current-actor';
import type { Transaction } from 'kysely';

export interface OpenLedgerOptions {
  /** The ledger file; created if missing. */
  path: string;
  /** Where the pre-migration backup of an existing ledger goes. Defaults beside the ledger. */
  backupDir?: string;
  nativeBinding?: string;
  /** Tests inject migrations to exercise failures and newer ledgers. */
  migrations?: Record<string, Migration>;
  now?: () => Date;
  /** Who the audit log records as making the changes; defaults to the computer account. */
  actor?: string | null;
  /**
   * Asked only when the file is empty (zero bytes, or SQLite with nothing in it). True when backups
   * exist: the ledger was then lost (a failed copy, a sync client), and the app must offer the backups
   * rather than start a new ledger over the evidence.
   */
  blankFileMeansLoss?: () => boolean;
}

function lostLedgerError(file: string, sizeBytes: number): LedgerOpenError {
  const what = sizeBytes === 0 ? 'is empty (0 bytes)' : 'holds no data';
  return new LedgerOpenError(
    'empty',
    `The ledger file ${what}, yet backups of it exist: the ledger was lost, perhaps by a failed copy or a full disk. Restore the newest backup; the empty file is set aside, not deleted.`,
    file,
  );
}

export interface Ledger {
  readonly db: LedgerDb;
  readonly sqlite: BetterSqlite3.Database;
  readonly path: string;
  readonly schemaVersion: string;
  now(): Date;
  /** Runs a change as one transaction, with its audit entries written in the same transaction. */
  write<T>(operation: string, change: (trx: Transaction<Database>, audit: AuditTrail) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openLedger(options: OpenLedgerOptions): Promise<Ledger> {
  const known = options.migrations ?? appMigrations;
  const now = options.now ?? (() => new Date());
  const actor = options.actor === undefined ? currentActor() : options.actor;
  fs.mkdirSync(path.dirname(options.path), { recursive: true });
  // Nothing is written until the file is known to be this app's ledger, or a blank one it may fill.
  const found = inspectLedgerFile(options.path, options.nativeBinding);
  if (found.kind === 'ledger') refuseNewerLedger(found.migrations, known, options.path);
  if (found.kind === 'blank' && options.blankFileMeansLoss?.()) throw lostLedgerError(options.path, found.sizeBytes);
  const sqlite = openSqliteConnection(options.path, {
    nativeBinding: options.nativeBinding,
    applicationId: found.kind === 'ledger' ? undefined : ledgerApplicationId,
  });
  const db = new Kysely<Database>({ dialect: ledgerDialect(sqlite) });
  try {
    const untyped = db as unknown as Kysely<unknown>;
    const plan = await planMigrations(untyped, known, options.path);
    if (plan.pending.length > 0 && plan.applied.length > 0) {
      const backupDir = options.backupDir ?? path.join(path.dirname(options.path), 'backups');
      const target = path.join(backupDir, `before-migration-${timestampForFileName(now())}.sqlite`);
      await backupSqlite(sqlite, target, options.nativeBinding);
    }
    await applyMigrations(untyped, known, plan, options.path);
    // Re-indexing is app code written for the app's own schema; tests that inject older migrations
    // have another one.
    if (!options.migrations) await refreshSearchIndex(db, now().toISOString());
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const schemaVersion = Object.keys(known).sort().at(-1) ?? '';

  return {
    db,
    sqlite,
    path: options.path,
    schemaVersion,
    now,
    async write(operation, change) {
      return db.transaction().execute(async (trx) => {
        const audit = new AuditTrail(trx, operation, now, actor);
        const result = await change(trx, audit);
        await audit.flush();
        return result;
      });
    },
    async close() {
      await db.destroy();
    },
  };
}

export type { AuditEntry };
