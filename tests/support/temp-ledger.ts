import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger, type Ledger, type OpenLedgerOptions } from '../../electron/ledger/ledger';
import { createDispatcher, type Dispatch } from '../../electron/handlers/dispatch';
import { createTestDatabase, testEngine } from './test-engine';

/** A fresh folder under the OS temp dir; every test gets its own, never the coordinator's data. */
export function makeTempDir(prefix = 'secretariat-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempLedger {
  ledger: Ledger;
  dispatch: Dispatch;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A real ledger with the app's migrations applied and a dispatcher over it: an SQLite file in a temp
 * folder, or with LEDGER_ENGINE=postgres a new database on the throwaway cluster (dropped on close).
 */
export async function openTempLedger(options: Partial<OpenLedgerOptions> = {}): Promise<TempLedger> {
  const dataDir = makeTempDir();
  const database = testEngine() === 'postgres' && options.databaseUrl === undefined ? await createTestDatabase() : null;
  const ledger = await openLedger({ path: path.join(dataDir, 'ledger.sqlite'), databaseUrl: database?.url, ...options });
  const dispatch = createDispatcher({ ledger, dataDir }, () => undefined);
  return {
    ledger,
    dispatch,
    dataDir,
    close: async () => {
      await ledger.close();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
