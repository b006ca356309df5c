import { resolveDataDir } from '../electron/app/data-dir';
import { startBackend } from '../electron/app/start-backend';

/** npm run seed [-- --data-dir DIR]: fills an empty ledger with the fictional demo network. */
async function main(): Promise<void> {
  const backend = await startBackend({ dataDir: resolveDataDir(process.argv.slice(2)) });
  try {
    const result = await backend.dispatch('ledger.loadDemo', {});
    if (!result.ok) {
      console.error(result.error.message);
      process.exitCode = 1;
      return;
    }
    console.log(`Demo network loaded into ${backend.ledger.path}:`, result.data);
  } finally {
    await backend.close();
  }
}

void main();
