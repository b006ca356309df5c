import fs from 'node:fs';
import { startBackend, type Backend, type BackendOptions } from '../../electron/app/start-backend';
import { makeTempDir } from './temp-ledger';
import { createTestDatabase, testEngine } from './test-engine';

export interface TempBackend {
  backend: Backend;
  dataDir: string;
  /** Whatever the backend reported as unexpected (it would print these). */
  errors: unknown[];
  /** The PostgreSQL ledger's address on PostgreSQL runs (to start the backend again on it); else null. */
  databaseUrl: string | null;
  /** Closes the backend; the folder stays until cleanup(). */
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

/** The whole backend (session, backups, gate) over a temp data folder; errors are collected, not printed. */
export async function startTempBackend(options: Partial<BackendOptions> = {}): Promise<TempBackend> {
  const dataDir = options.dataDir ?? makeTempDir();
  const errors: unknown[] = [];
  // On PostgreSQL runs, a database of its own; a test restarting a backend passes its databaseUrl on.
  const database = testEngine() === 'postgres' && options.databaseUrl === undefined ? await createTestDatabase() : null;
  const backend = await startBackend({ onError: (error) => errors.push(error), databaseUrl: database?.url, ...options, dataDir });
  return {
    backend,
    dataDir,
    errors,
    databaseUrl: database?.url ?? options.databaseUrl ?? null,
    stop: () => backend.close(),
    cleanup: async () => {
      await backend.close();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
