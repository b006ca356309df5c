import type { BackupReason } from '../../../shared/domain/backups';

export interface RotationPolicy {
  /** The newest backups kept whatever their age. */
  keepLatest: number;
  /** For this many days back, the newest backup of each day is kept too. */
  keepDailyForDays: number;
}

export const defaultRotationPolicy: RotationPolicy = { keepLatest: 10, keepDailyForDays: 31 };

/** Taken before a schema change: the only way back to the old app version, so never rotated away. */
const neverRotated: readonly BackupReason[] = ['before-migration'];

const dayInMs = 24 * 60 * 60 * 1000;

/** The backups to delete: everything except the newest few and the newest of each recent day. */
export function backupsToDelete<Backup extends { name: string; reason: BackupReason; takenAt: Date }>(
  backups: readonly Backup[],
  now: Date,
  policy: RotationPolicy = defaultRotationPolicy,
): Backup[] {
  const rotatable = backups
    .filter((backup) => !neverRotated.includes(backup.reason))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
  const kept = new Set<Backup>(rotatable.slice(0, policy.keepLatest));
  const daysSeen = new Set<string>();
  for (const backup of rotatable) {
    if (now.getTime() - backup.takenAt.getTime() > policy.keepDailyForDays * dayInMs) continue;
    const day = backup.takenAt.toISOString().slice(0, 10);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    kept.add(backup);
  }
  return rotatable.filter((backup) => !kept.has(backup));
}
