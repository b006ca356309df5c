import { describe, expect, it } from 'vitest';
import { parseProcMounts, storageWarningFor } from '../../../electron/ledger/backups/storage-location';

const mounts = [
  'sysfs /sys sysfs rw,nosuid 0 0',
  '/dev/nvme0n1p2 / ext4 rw,relatime 0 0',
  'server:/export/home /home/shared nfs4 rw,relatime 0 0',
  '//nas/office /mnt/office\\040share cifs rw 0 0',
  '/dev/sdb1 /mnt/office\\040share/local ext4 rw 0 0',
].join('\n');

describe('where the ledger lives', () => {
  it.each([
    ['C:\\Users\\Ana\\Dropbox\\Secretariat\\ledger.sqlite', 'win32', 'Dropbox'],
    ['C:\\Users\\Ana\\OneDrive - Migrant Network\\ledger.sqlite', 'win32', 'OneDrive'],
    ['/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/ledger.sqlite', 'darwin', 'iCloud Drive'],
    ['/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/ledger.sqlite', 'darwin', 'Google Drive'],
    ['/home/ana/Dropbox (Personal)/ledger.sqlite', 'linux', 'Dropbox'],
  ] as const)('warns about the synced folder %s', (file, platform, service) => {
    expect(storageWarningFor(file, { platform, mounts })).toContain(service);
  });

  it('warns about a Windows network share', () => {
    expect(storageWarningFor('\\\\nas\\office\\ledger.sqlite', { platform: 'win32' })).toMatch(/network share/);
  });

  it('warns about network filesystems on Linux, using the innermost mount', () => {
    expect(storageWarningFor('/home/shared/ana/ledger.sqlite', { platform: 'linux', mounts })).toMatch(/nfs4/);
    expect(storageWarningFor('/mnt/office share/ledger.sqlite', { platform: 'linux', mounts })).toMatch(/cifs/);
    expect(storageWarningFor('/mnt/office share/local/ledger.sqlite', { platform: 'linux', mounts })).toBeNull();
  });

  it('says nothing about a local disk', () => {
    expect(storageWarningFor('/home/ana/.local/share/network-secretariat/ledger.sqlite', { platform: 'linux', mounts })).toBeNull();
    expect(storageWarningFor('C:\\Users\\Ana\\AppData\\Roaming\\Network Secretariat\\ledger.sqlite', { platform: 'win32' })).toBeNull();
    // A folder that merely mentions a service is not the service's folder.
    expect(storageWarningFor('/home/ana/dropbox-notes.txt/ledger.sqlite', { platform: 'linux', mounts })).toBeNull();
  });

  it('decodes escaped spaces in /proc/mounts', () => {
    expect(parseProcMounts(mounts).map((mount) => mount.mountPoint)).toContain('/mnt/office share');
  });
});
