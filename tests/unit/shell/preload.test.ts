import { describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../../shared/contract';

vi.mock('electron', () => import('./fake-electron'));

const { contextBridge, ipcRenderer } = await import('./fake-electron');
await import('../../../electron/preload/index');

function exposedApi(): Record<string, unknown> {
  const api = contextBridge.exposed.get('secretariat');
  if (typeof api !== 'object' || api === null) throw new Error('The preload exposed no window.secretariat');
  return api as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes exactly one function per contract operation and nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['secretariat']);
    const api = exposedApi();
    expect(Object.keys(api).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(typeof api[name]).toBe('function');
  });

  it('offers no generic invoke, send or listener the page could aim at another channel', () => {
    const api = exposedApi();
    for (const key of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'postMessage']) {
      expect(api[key]).toBeUndefined();
    }
  });

  it('binds every function to its own fixed channel', async () => {
    const api = exposedApi();
    for (const name of operationNames) {
      ipcRenderer.invoke.mockClear();
      const input = { probe: name };
      const call = api[name] as (input: unknown) => Promise<unknown>;
      await call(input);
      expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(`contract:${name}`, input);
    }
  });

  it('cannot be rewired by the page', () => {
    const api = exposedApi();
    expect(Object.isFrozen(api)).toBe(true);
  });
});
