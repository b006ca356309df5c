import fs from 'node:fs';
import type { BackupInfo, BackupScrubReport } from '../../../shared/domain/backups';
import { scrubWithdrawalsFromBackup } from '../sqlite/scrub-backup-file';
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
  for (const backup of backups.list()) {
    try {
      if (scrubWithdrawalsFromBackup(backups.pathOf(backup), entries, nativeBinding) > 0) report.scrubbed += 1;
      else report.alreadyClear += 1;
    } catch (error) {
      report.failed.push({ name: backup.name, problem: (error as Error).message });
    }
  }
  return report;
}
