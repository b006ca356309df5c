import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-main-second-'));
const previousArgv = process.argv;
process.argv = [...previousArgv, '--data-dir', dataDir];
// The desktop app is already running: Electron refuses this launch its single-instance lock.
fake.app.singleInstanceLockGranted = false;
fake.app.readyPromise = Promise.resolve();

await import('../../../electron/main/index');

afterAll(() => {
  process.argv = previousArgv;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('electron/main/index launched while the app already runs', () => {
  it('quits at once, touching neither the ledger nor the screen', async () => {
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    // Give a ready handler, had one been registered, the chance to run.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.protocol.privileged).toHaveLength(0);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
