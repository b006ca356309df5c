import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger, type Ledger, type OpenLedgerOptions } from '../../electron/ledger/ledger';
import { createDispatcher, type Dispatch } from '../../electron/handlers/dispatch';

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

/** A real SQLite file in a temp folder, with the app's migrations applied and a dispatcher over it. */
export async function openTempLedger(options: Partial<OpenLedgerOptions> = {}): Promise<TempLedger> {
  const dataDir = makeTempDir();
  const ledger = await openLedger({ path: path.join(dataDir, 'ledger.sqlite'), ...options });
  const dispatch = createDispatcher({ ledger, dataDir }, () => undefined);
  return {
    ledger,
    dispatch,
    dataDir,
    close: async () => {
      await ledger.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
