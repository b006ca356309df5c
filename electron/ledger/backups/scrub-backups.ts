import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupScrubReport } from '../../../shared/domain/backups';
import { scrubbingSuffix, scrubWithdrawalsFromBackup } from '../sqlite/scrub-backup-file';
import type { RegisteredWithdrawal } from '../withdrawal/withdrawal-register';

export interface ScrubbableBackups {
  readonly folder: string;
  readonly isDefaultFolder: boolean;
  list(): BackupInfo[];
  pathOf(backup: BackupInfo): string;
}

function folderReachable(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** A copy left half-scrubbed by a crash holds the personal data and is no backup: it goes. */
function removeLeftoverCopies(folders: readonly string[]): void {
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.endsWith(scrubbingSuffix)) fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}

/**
 * Erases the withdrawn members from every backup that still holds them. One backup failing does not
 * stop the others, and is reported with its reason; a failed backup is never left half-changed.
 */
export function scrubWithdrawalsFromBackups(
  backups: ScrubbableBackups,
  entries: readonly RegisteredWithdrawal[],
  nativeBinding?: string,
): BackupScrubReport {
  const report: BackupScrubReport = { scrubbed: 0, alreadyClear: 0, failed: [], unreachableFolder: null };
  if (!backups.isDefaultFolder && !folderReachable(backups.folder)) report.unreachableFolder = backups.folder;
  if (entries.length === 0) return report;
  const listed = backups.list();
  removeLeftoverCopies([backups.folder, ...listed.map((backup) => backup.folder)]);
  for (const backup of listed) {
    try {
      if (scrubWithdrawalsFromBackup(backups.pathOf(backup), entries, nativeBinding) > 0) report.scrubbed += 1;
      else report.alreadyClear += 1;
    } catch (error) {
      report.failed.push({ name: backup.name, problem: (error as Error).message });
    }
  }
  return report;
}
