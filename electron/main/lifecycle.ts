import { app } from 'electron';
import type { Backend } from '../app/start-backend';

/** Closes the ledger cleanly before the process exits, so the WAL is checkpointed and nothing is half-written. */
export function closeBackendOnQuit(getBackend: () => Backend | undefined): void {
  let closed = false;
  app.on('will-quit', (event) => {
    const backend = getBackend();
    if (!backend || closed) return;
    closed = true;
    event.preventDefault();
    backend
      .close()
      .catch((error: unknown) => console.error('Closing the ledger failed:', error))
      .finally(() => app.quit());
  });
}

/** Quit when the last window closes, except on macOS where apps conventionally stay in the dock. */
export function quitWhenWindowsClose(): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
