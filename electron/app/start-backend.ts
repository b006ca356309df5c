import path from 'node:path';
import { createDispatcher, type Dispatch } from '../handlers/dispatch';
import { openLedger, type Ledger } from '../ledger/ledger';
import { ledgerPathIn } from './data-dir';

export interface Backend {
  readonly ledger: Ledger;
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

/** Everything behind the transports, with no Electron in sight: the shell and the web server both start this. */
export async function startBackend(options: { dataDir: string; nativeBinding?: string }): Promise<Backend> {
  const ledger = await openLedger({
    path: ledgerPathIn(options.dataDir),
    backupDir: path.join(options.dataDir, 'backups'),
    nativeBinding: options.nativeBinding,
  });
  const dispatch = createDispatcher({ ledger, dataDir: options.dataDir });
  return { ledger, dispatch, close: () => ledger.close() };
}
