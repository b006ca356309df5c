// Run as a child process by the one-app-per-folder test: web mode on a data folder, as `npm run web`
// starts it, until it is killed, told to stop (SIGTERM), or orphaned.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataFolderInUseError } from '../../electron/app/data-folder-lock';
import { startWebApp } from '../../electron/web/start-web-app';

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: backend-child DATA_DIR');
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-child-static-'));
  const app = await startWebApp({ dataDir, staticDir });
  const stop = async () => {
    await app.stop();
    fs.rmSync(staticDir, { recursive: true, force: true });
    process.exit(0);
  };
  // Before "ready": the test may send SIGTERM the instant it reads that line.
  process.on('SIGTERM', () => void stop());
  // Should the test die first, stop on our own rather than hold the folder forever.
  const parent = process.ppid;
  const started = Date.now();
  const watch = setInterval(() => {
    if (process.ppid !== parent || Date.now() - started > 60_000) void stop();
  }, 200);
  watch.unref();
  process.stdout.write(`ready ${app.server.origin}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof DataFolderInUseError ? error.message : String(error));
  process.exit(error instanceof DataFolderInUseError ? 3 : 1);
});
