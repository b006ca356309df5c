import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-main-broken-'));
fs.writeFileSync(path.join(dataDir, 'ledger.sqlite'), 'this is a spreadsheet, not a ledger');
const previousArgv = process.argv;
// --data-dir wins over the environment, as it does for the real app.
process.argv = [...previousArgv, '--data-dir', dataDir];
fake.app.readyPromise = Promise.resolve();
const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});

await import('../../../electron/main/index');

afterAll(() => {
  process.argv = previousArgv;
  consoleError.mockRestore();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('electron/main/index when the ledger cannot be opened', () => {
  it('still opens the window, in recovery mode, instead of quitting', async () => {
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    expect(fake.app.exit).not.toHaveBeenCalled();
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    // The recovery screen reaches the backend through the same contract channels.
    expect(fake.ipcMain.handlers.has('contract:ledger.recovery')).toBe(true);
  });

  it('leaves the file as it was', () => {
    expect(fs.readFileSync(path.join(dataDir, 'ledger.sqlite'), 'utf8')).toBe('this is a spreadsheet, not a ledger');
  });
});
