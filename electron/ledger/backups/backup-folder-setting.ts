import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The backup folder is kept in a small file beside the ledger, not in the ledger: when the ledger is
 * damaged, this is how the app still finds the backups, and restoring an old backup must not move them.
 * Folders used before are remembered too: their backups still hold personal data, so a withdrawal
 * must reach them or say it could not.
 */
const settingsFileName = 'backup-settings.json';
const settingsSchema = z.object({ folder: z.string().nullable(), formerFolders: z.array(z.string()).default([]) });

export interface BackupFolderSetting {
  /** Null for the default folder beside the ledger. */
  folder: string | null;
  formerFolders: string[];
}

export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function readBackupFolderSettings(dataDir: string): BackupFolderSetting {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, settingsFileName), 'utf8')));
    if (!parsed.success) return { folder: null, formerFolders: [] };
    const absolute = (folder: string | null) => (folder && path.isAbsolute(folder) ? folder : null);
    return { folder: absolute(parsed.data.folder), formerFolders: parsed.data.formerFolders.filter((folder) => absolute(folder) !== null) };
  } catch {
    return { folder: null, formerFolders: [] };
  }
}

export function readBackupFolderSetting(dataDir: string): string | null {
  return readBackupFolderSettings(dataDir).folder;
}

/**
 * Switches the folder, remembering the one left behind when it was not the default. Written to a
 * temporary name and renamed, so a crash leaves the old setting or the new one.
 */
export function writeBackupFolderSetting(dataDir: string, folder: string | null): void {
  const current = readBackupFolderSettings(dataDir);
  const left = current.folder !== null && current.folder !== folder ? [current.folder] : [];
  const formerFolders = [...new Set([...current.formerFolders, ...left])].filter((former) => former !== folder);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, settingsFileName);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify({ folder, formerFolders }, null, 2));
  fs.renameSync(partial, file);
}
