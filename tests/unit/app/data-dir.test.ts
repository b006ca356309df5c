import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../electron/app/data-dir';

describe('where the ledger lives', () => {
  it('uses the OS application-data folder by default', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Network Secretariat');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Network Secretariat');
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.local/share/network-secretariat');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data' }, '/home/ana')).toBe('/data/network-secretariat');
  });

  it('prefers --data-dir, then the environment variable, then the default', () => {
    expect(resolveDataDir(['--data-dir', '/tmp/a'], { SECRETARIAT_DATA_DIR: '/tmp/b' }, '/tmp/c')).toBe(path.resolve('/tmp/a'));
    expect(resolveDataDir(['--data-dir=/tmp/a'], {}, '/tmp/c')).toBe(path.resolve('/tmp/a'));
    expect(resolveDataDir([], { SECRETARIAT_DATA_DIR: '/tmp/b' }, '/tmp/c')).toBe(path.resolve('/tmp/b'));
    expect(resolveDataDir([], {}, '/tmp/c')).toBe('/tmp/c');
  });
});
