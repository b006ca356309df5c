import type { BackupScrubReport } from '../../shared/domain/backups';

/** What Settings says while withdrawn members may remain somewhere; null when every file was reached. */
export function scrubProblem(report: BackupScrubReport): string | null {
  const problems: string[] = [];
  if (report.failed.length > 0) problems.push(`Withdrawn members could not be erased from ${report.failed.map((failure) => failure.name).join(', ')}`);
  if (report.locked.length > 0) problems.push(`Encrypted backups cannot be checked until the backup passphrase is entered: ${report.locked.join(', ')}`);
  const notReached = report.setAside.filter((file) => file.outcome === 'notReached');
  if (notReached.length > 0) problems.push(`Set-aside ledger files could not be checked: ${notReached.map((file) => `${file.name} (${file.problem ?? ''})`).join(', ')}`);
  return problems.length > 0 ? problems.join('. ') : null;
}
