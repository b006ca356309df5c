import fs from 'node:fs';

/** Folders that sync clients watch: they copy the ledger file while SQLite writes it, and WAL breaks. */
const syncedFolderMarkers: readonly { pattern: RegExp; service: string }[] = [
  { pattern: /(^|[\\/])Dropbox( \([^)]*\))?([\\/]|$)/i, service: 'Dropbox' },
  { pattern: /(^|[\\/])OneDrive( - [^\\/]*)?([\\/]|$)/i, service: 'OneDrive' },
  { pattern: /(^|[\\/])(iCloud ?Drive|Mobile Documents|com~apple~CloudDocs)([\\/]|$)/i, service: 'iCloud Drive' },
  { pattern: /(^|[\\/])(Google ?Drive|My Drive)([\\/]|$)/i, service: 'Google Drive' },
  { pattern: /[\\/]Library[\\/]CloudStorage[\\/]/i, service: 'a cloud storage service' },
  { pattern: /(^|[\\/])Box( Sync)?[\\/]/, service: 'Box' },
];

/** Filesystems that are not a local disk: SQLite's locking and WAL's shared memory do not work on them. */
const networkFilesystems = new Set([
  'nfs', 'nfs4', 'cifs', 'smb', 'smb2', 'smb3', 'smbfs', 'ncpfs', 'afs', '9p', 'davfs', 'fuse.davfs2',
  'fuse.sshfs', 'sshfs', 'fuse.rclone', 'fuse.s3fs', 'glusterfs', 'fuse.glusterfs', 'ceph', 'fuse.gcsfuse', 'lustre',
]);

export interface MountEntry {
  mountPoint: string;
  fsType: string;
}

/** Parses /proc/mounts; octal escapes (\040 for a space) are decoded. */
export function parseProcMounts(text: string): MountEntry[] {
  const decode = (field: string) => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 3)
    .map((fields) => ({ mountPoint: decode(fields[1] as string), fsType: fields[2] as string }));
}

/** The mount holding a path: the longest mount point that contains it. */
function mountFor(filePath: string, mounts: readonly MountEntry[]): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const mount of mounts) {
    const prefix = mount.mountPoint.endsWith('/') ? mount.mountPoint : `${mount.mountPoint}/`;
    const inside = filePath === mount.mountPoint || filePath.startsWith(prefix);
    if (inside && (!best || mount.mountPoint.length >= best.mountPoint.length)) best = mount;
  }
  return best;
}

export interface StorageFacts {
  platform: NodeJS.Platform;
  /** Linux only: the text of /proc/mounts. */
  mounts?: string;
}

/** A warning for the coordinator when the ledger sits where SQLite cannot keep it safe; null when local. */
export function storageWarningFor(filePath: string, facts: StorageFacts): string | null {
  const synced = syncedFolderMarkers.find((marker) => marker.pattern.test(filePath));
  if (synced) {
    return `The ledger is in a folder synced by ${synced.service} (${filePath}). Syncing can copy it half-written and damage it: move the data folder to a local disk and keep copies with the app's backups instead.`;
  }
  if (facts.platform === 'win32' && /^(\\\\|\/\/)/.test(filePath)) {
    return `The ledger is on a network share (${filePath}). The ledger needs a local disk: move the data folder to this computer.`;
  }
  if (facts.platform === 'linux' && facts.mounts) {
    const mount = mountFor(filePath, parseProcMounts(facts.mounts));
    if (mount && networkFilesystems.has(mount.fsType)) {
      return `The ledger is on a network filesystem (${mount.fsType} at ${mount.mountPoint}). The ledger needs a local disk: move the data folder to this computer.`;
    }
  }
  return null;
}

/** The same check against the running machine. */
export function storageWarningHere(filePath: string): string | null {
  let mounts: string | undefined;
  if (process.platform === 'linux') {
    try {
      mounts = fs.readFileSync('/proc/mounts', 'utf8');
    } catch {
      mounts = undefined;
    }
  }
  return storageWarningFor(filePath, { platform: process.platform, mounts });
}
