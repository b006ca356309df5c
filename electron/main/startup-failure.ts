import { LedgerOpenError } from '../ledger/ledger-open-error';
import { DataFolderInUseError } from '../app/data-folder-lock';

export interface StartupFailure {
  title: string;
  body: string;
}

/** A Node-ABI better-sqlite3 inside Electron fails with this in the message. */
function isNativeModuleMismatch(message: string): boolean {
  return /NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application/.test(
    message,
  );
}

/** What the coordinator reads when the ledger cannot be opened; each case says what to do next. */
export function describeStartupFailure(error: unknown): StartupFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (isNativeModuleMismatch(message)) {
    return {
      title: 'The ledger engine is not installed for this app',
      body: `${message}\n\nThe database engine was built for Node.js, not for Electron. Run "node scripts/native-for-electron.mjs" (npm start does this) and start the app again. The ledger itself was not touched.`,
    };
  }
  if (error instanceof DataFolderInUseError) {
    return {
      title: 'The ledger is already open in Network Secretariat',
      body: `${message}\n\nThe app will close without touching the ledger.`,
    };
  }
  if (error instanceof LedgerOpenError) {
    return {
      title: 'The ledger could not be opened',
      body: `${message}\n\nLedger file: ${error.path}\n\nThe app will close without changing the file. Any automatic backups are in the "backups" folder next to it.`,
    };
  }
  return { title: 'Network Secretariat could not start', body: message };
}
