import { backupNamePattern, encryptedBackupSuffix, serverDumpNamePattern, type BackupReason } from '../../../shared/domain/backups';
import { timestampForFileName } from '../sqlite/backup';

/** A copy of a ledger file (SQLite) or of a server ledger (pg_dump's custom format). */
export type BackupKind = 'sqlite' | 'pgdump';

const patterns: Record<BackupKind, RegExp> = { sqlite: backupNamePattern, pgdump: serverDumpNamePattern };

export function backupFileName(reason: BackupReason, takenAt: Date, encrypted = false, kind: BackupKind = 'sqlite'): string {
  return `${reason}-${timestampForFileName(takenAt)}.${kind}${encrypted ? encryptedBackupSuffix : ''}`;
}

/** Reads the reason and time back out of a backup's name; null for any other file. */
export function parseBackupFileName(name: string, kind: BackupKind = 'sqlite'): { reason: BackupReason; takenAt: Date; encrypted: boolean } | null {
  const match = patterns[kind].exec(name);
  if (!match) return null;
  const [, reason, day, hours, minutes, seconds, millis, encrypted] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  return { reason: reason as BackupReason, takenAt, encrypted: encrypted !== undefined };
}
