import fs from 'node:fs';
import { resolveDataDir } from '../app/data-dir';
import { LedgerOpenError } from '../ledger/ledger-open-error';
import { DataFolderInUseError } from '../app/data-folder-lock';
import { builtRendererDir, startWebApp } from './start-web-app';

function portFrom(argv: readonly string[]): number | undefined {
  const flag = argv.find((arg) => arg.startsWith('--port='));
  return flag ? Number(flag.slice('--port='.length)) : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (!fs.existsSync(builtRendererDir)) {
    console.error(`The renderer is not built (${builtRendererDir} is missing). Run "npm run build" first.`);
    process.exit(1);
  }
  const dataDir = resolveDataDir(argv);
  const app = await startWebApp({ dataDir, port: portFrom(argv) });
  const stop = async () => {
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Network Secretariat ledger: ${app.backend.ledgerPath}`);
  const problem = app.backend.session.openProblem;
  if (problem) console.error(`The ledger could not be opened (${problem.message}). The app starts in recovery mode: restore a backup from the browser.`);
  if (app.backend.session.storageWarning) console.warn(app.backend.session.storageWarning);
  console.log(`Open this address in your browser (it holds this run's access token):`);
  console.log(`  ${app.server.appUrl}`);
}

main().catch((error: unknown) => {
  if (error instanceof LedgerOpenError) {
    console.error(`The ledger could not be opened: ${error.message}`);
  } else if (error instanceof DataFolderInUseError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
