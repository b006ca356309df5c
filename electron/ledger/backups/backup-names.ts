import { backupNamePattern, encryptedBackupSuffix, type BackupReason } from '../../../shared/domain/backups';
import { timestampForFileName } from '../sqlite/backup';

export function backupFileName(reason: BackupReason, takenAt: Date, encrypted = false): string {
  return `${reason}-${timestampForFileName(takenAt)}.sqlite${encrypted ? encryptedBackupSuffix : ''}`;
}

/** Reads the reason and time back out of a backup's name; null for any other file. */
export function parseBackupFileName(name: string): { reason: BackupReason; takenAt: Date; encrypted: boolean } | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const [, reason, day, hours, minutes, seconds, millis, encrypted] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  return { reason: reason as BackupReason, takenAt, encrypted: encrypted !== undefined };
}
