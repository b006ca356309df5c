import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-main-'));
const previousDataDir = process.env.SECRETARIAT_DATA_DIR;
process.env.SECRETARIAT_DATA_DIR = dataDir;
let becomeReady: () => void = () => {};
fake.app.readyPromise = new Promise((resolve) => {
  becomeReady = resolve;
});

await import('../../../electron/main/index');

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.SECRETARIAT_DATA_DIR;
  else process.env.SECRETARIAT_DATA_DIR = previousDataDir;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('electron/main/index (composition root)', () => {
  it('registers the app scheme and the sandbox before the app is ready', () => {
    expect(fake.protocol.privileged.map((entry) => entry.scheme)).toContain('app');
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('once ready, opens the ledger in the chosen data dir, wires IPC and opens one sandboxed window', async () => {
    becomeReady();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    expect(fs.existsSync(path.join(dataDir, 'ledger.sqlite'))).toBe(true);
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(fake.session.defaultSession.handlers.get('permissionRequest')).toBeTypeOf('function');
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(operationNames.map((name) => `contract:${name}`).sort());

    const window = fake.BrowserWindow.instances[0];
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
  });

  it('answers the app window over IPC with the real ledger', async () => {
    const window = fake.BrowserWindow.instances[0];
    const event = {
      sender: { id: window?.webContents.id },
      senderFrame: { url: 'app://renderer/index.html', parent: null },
    };
    const handler = fake.ipcMain.handlers.get('contract:ledger.status');
    const envelope = (await handler?.(event as unknown as IpcMainInvokeEvent, {})) as Envelope<unknown>;
    expect(envelope).toMatchObject({ ok: true, data: { dataDir, isEmpty: true } });
  });

  it('holds the data folder, and brings its window forward when the app is launched again', () => {
    expect(fs.existsSync(path.join(dataDir, 'secretariat.lock'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'secretariat.lock'), 'utf8'))).toMatchObject({ pid: process.pid, kind: 'desktop app' });
    const window = fake.BrowserWindow.instances[0]!;
    window.minimized = true;
    fake.app.emit('second-instance', {}, ['electron', '.'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });

  it('closes the ledger before letting the app quit', async () => {
    const event = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(fs.existsSync(path.join(dataDir, 'secretariat.lock'))).toBe(false);
    // The second will-quit (from that quit) goes through.
    const second = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
