import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerOpenError } from '../../../electron/ledger/ledger-open-error';
import { DataFolderInUseError } from '../../../electron/app/data-folder-lock';
import { electronNativeBindingPath, findElectronNativeBinding } from '../../../electron/main/native-binding';
import { describeStartupFailure } from '../../../electron/main/startup-failure';

describe('Electron build of better-sqlite3', () => {
  it('lives under .native/electron-<version>, where scripts/native-for-electron.mjs puts it', () => {
    expect(electronNativeBindingPath('/app', '45.4.1')).toBe(
      path.join('/app', '.native', 'electron-45.4.1', 'better_sqlite3.node'),
    );
  });

  it('is used only when it exists', () => {
    expect(findElectronNativeBinding('/app', '45.4.1', () => false)).toBeUndefined();
    expect(findElectronNativeBinding('/app', '45.4.1', () => true)).toBe(
      path.join('/app', '.native', 'electron-45.4.1', 'better_sqlite3.node'),
    );
  });
});

describe('startup failure message', () => {
  it('names the ledger file when the ledger cannot be opened', () => {
    const failure = describeStartupFailure(
      new LedgerOpenError('not_sqlite', '/data/ledger.sqlite is not a ledger file', '/data/ledger.sqlite'),
    );
    expect(failure.title).toBe('The ledger could not be opened');
    expect(failure.body).toContain('/data/ledger.sqlite is not a ledger file');
    expect(failure.body).toContain('Ledger file: /data/ledger.sqlite');
  });

  it('tells the developer how to fix a Node-built native module', () => {
    const error = new LedgerOpenError(
      'unreadable',
      'The ledger /data/ledger.sqlite could not be opened: The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.',
      '/data/ledger.sqlite',
    );
    const failure = describeStartupFailure(error);
    expect(failure.title).toBe('The ledger engine is not installed for this app');
    expect(failure.body).toContain('scripts/native-for-electron.mjs');
  });

  it('names the process that holds the data folder (web mode started first)', () => {
    const failure = describeStartupFailure(
      new DataFolderInUseError('/data', { pid: 4242, hostname: 'office-pc', startedAt: '2026-11-30T09:00:00.000Z', kind: 'web mode', id: 'x' }),
    );
    expect(failure.title).toBe('The ledger is already open in Network Secretariat');
    expect(failure.body).toContain('web mode, process 4242 on office-pc, since 2026-11-30T09:00:00.000Z');
    expect(failure.body).toContain('without touching the ledger');
  });

  it('still says something for anything else', () => {
    expect(describeStartupFailure('disk on fire').body).toBe('disk on fire');
  });
});
