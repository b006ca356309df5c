import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/errors';

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
  // The backend starts in recovery mode: the window opens on the recovery screen instead of quitting.
  it('opens the window in recovery mode, answering ledger.recovery with the reason', async () => {
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    expect(fake.app.exit).not.toHaveBeenCalled();
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    const window = fake.BrowserWindow.instances[0];
    const event = {
      sender: { id: window?.webContents.id },
      senderFrame: { url: 'app://renderer/index.html', parent: null },
    };
    const recovery = fake.ipcMain.handlers.get('contract:ledger.recovery');
    const envelope = (await recovery?.(event as unknown as IpcMainInvokeEvent, {})) as Envelope<{ available: boolean; problem: string; ledgerPath: string }>;
    expect(envelope).toMatchObject({ ok: true, data: { available: false, problem: 'not_sqlite', ledgerPath: path.join(dataDir, 'ledger.sqlite') } });
    const status = fake.ipcMain.handlers.get('contract:ledger.status');
    expect(await status?.(event as unknown as IpcMainInvokeEvent, {})).toMatchObject({ ok: false, error: { code: 'ledger_unavailable' } });
  });

  it('leaves the file as it was', () => {
    expect(fs.readFileSync(path.join(dataDir, 'ledger.sqlite'), 'utf8')).toBe('this is a spreadsheet, not a ledger');
  });
});
