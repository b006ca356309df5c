import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackend } from '../../../electron/app/start-backend';
import type { Dispatch } from '../../../electron/handlers/dispatch';
import { appOrigins } from '../../../electron/main/app-origin';
import { AppWindows } from '../../../electron/main/app-windows';
import { registerContractHandlers, trustedSenderCheck } from '../../../electron/main/ipc';
import { operationNames } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';
import { FakeWebContents, ipcMain } from './fake-electron';

// ipc.ts only needs Electron's types, but a stray runtime import must never reach the real module.
vi.mock('electron', () => import('./fake-electron'));

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

function invokeEvent(senderId: number, frame: FakeFrame | null): IpcMainInvokeEvent {
  // Only the fields the sender check reads; the rest of an Electron event does not exist here.
  return { sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const appFrame: FakeFrame = { url: 'app://renderer/index.html', parent: null };

async function call(channel: string, event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`Nothing handles ${channel}`);
  return (await handler(event, input)) as Envelope<unknown>;
}

describe('contract IPC handlers', () => {
  const windows = new AppWindows();
  const trusted = new FakeWebContents();
  windows.track(trusted);
  const isTrusted = trustedSenderCheck(windows, appOrigins(undefined));
  const dispatch = vi.fn<Dispatch>(async (operation, input) => ({ ok: true, data: { operation, input } }));

  beforeEach(() => {
    ipcMain.handlers.clear();
    dispatch.mockClear();
    registerContractHandlers(ipcMain, dispatch, isTrusted);
  });

  it('registers exactly one channel per contract operation', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(operationNames.map((name) => `contract:${name}`).sort());
  });

  it('passes a trusted call to dispatch under the channel’s own operation', async () => {
    const input = { search: 'Ana' };
    const envelope = await call('contract:members.list', invokeEvent(trusted.id, appFrame), input);
    expect(dispatch).toHaveBeenCalledWith('members.list', input);
    expect(envelope).toEqual({ ok: true, data: { operation: 'members.list', input } });
  });

  it.each<[string, () => IpcMainInvokeEvent]>([
    ['a webContents the app did not create', () => invokeEvent(new FakeWebContents().id, appFrame)],
    [
      'a page from another origin in an app window',
      () => invokeEvent(trusted.id, { url: 'https://example.org/', parent: null }),
    ],
    ['a file:// page in an app window', () => invokeEvent(trusted.id, { url: 'file:///tmp/evil.html', parent: null })],
    [
      'a subframe of the app page',
      () => invokeEvent(trusted.id, { url: 'app://renderer/index.html', parent: appFrame }),
    ],
    ['a frame that already navigated away', () => invokeEvent(trusted.id, null)],
    ['a look-alike host', () => invokeEvent(trusted.id, { url: 'app://renderer.evil/index.html', parent: null })],
  ])('refuses %s with a forbidden envelope without dispatching', async (_case, event) => {
    for (const name of operationNames) {
      const envelope = await call(`contract:${name}`, event(), {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('stops trusting a window once it is destroyed', async () => {
    const closing = new FakeWebContents();
    windows.track(closing);
    closing.destroy();
    const envelope = await call('contract:ledger.status', invokeEvent(closing.id, appFrame), {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin only when one is configured', () => {
    const devFrame = { url: 'http://localhost:5173/', parent: null };
    expect(isTrusted(invokeEvent(trusted.id, devFrame))).toBe(false);
    expect(trustedSenderCheck(windows, appOrigins('http://localhost:5173'))(invokeEvent(trusted.id, devFrame))).toBe(
      true,
    );
  });

  it('turns a throwing dispatch into an error envelope instead of a rejected invoke', async () => {
    dispatch.mockRejectedValueOnce(new Error('boom'));
    const envelope = await call('contract:ledger.status', invokeEvent(trusted.id, appFrame), {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('contract IPC handlers over a real ledger', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-ipc-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers ledger.status and validates input through the one dispatch', async () => {
    const backend = await startBackend({ dataDir });
    try {
      ipcMain.handlers.clear();
      const windows = new AppWindows();
      const contents = new FakeWebContents();
      windows.track(contents);
      registerContractHandlers(ipcMain, backend.dispatch, trustedSenderCheck(windows, appOrigins(undefined)));
      const event = invokeEvent(contents.id, appFrame);

      const status = await call('contract:ledger.status', event, {});
      expect(status).toMatchObject({ ok: true, data: { dataDir, isEmpty: true } });

      const invalid = await call('contract:members.list', event, { limit: 'all' });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      await backend.close();
    }
  });
});
