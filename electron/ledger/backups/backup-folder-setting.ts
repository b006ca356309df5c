import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The backup folder is kept in a small file beside the ledger, not in the ledger: when the ledger is
 * damaged, this is how the app still finds the backups, and restoring an old backup must not move them.
 */
const settingsFileName = 'backup-settings.json';
const settingsSchema = z.object({ folder: z.string().nullable() });

export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function readBackupFolderSetting(dataDir: string): string | null {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, settingsFileName), 'utf8')));
    return parsed.success && parsed.data.folder && path.isAbsolute(parsed.data.folder) ? parsed.data.folder : null;
  } catch {
    return null;
  }
}

/** Written to a temporary name and renamed, so a crash leaves the old setting or the new one. */
export function writeBackupFolderSetting(dataDir: string, folder: string | null): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, settingsFileName);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify({ folder }, null, 2));
  fs.renameSync(partial, file);
}
