import fs from 'node:fs';
import { startBackend, type Backend, type BackendOptions } from '../../electron/app/start-backend';
import { makeTempDir } from './temp-ledger';

export interface TempBackend {
  backend: Backend;
  dataDir: string;
  /** Whatever the backend reported as unexpected (it would print these). */
  errors: unknown[];
  /** Closes the backend; the folder stays until cleanup(). */
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

/** The whole backend (session, backups, gate) over a temp data folder; errors are collected, not printed. */
export async function startTempBackend(options: Partial<BackendOptions> = {}): Promise<TempBackend> {
  const dataDir = options.dataDir ?? makeTempDir();
  const errors: unknown[] = [];
  const backend = await startBackend({ onError: (error) => errors.push(error), ...options, dataDir });
  return {
    backend,
    dataDir,
    errors,
    stop: () => backend.close(),
    cleanup: async () => {
      await backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
