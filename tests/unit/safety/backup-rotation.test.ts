import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../../electron/ledger/backups/backup-rotation';
import { backupFileName, parseBackupFileName } from '../../../electron/ledger/backups/backup-names';
import type { BackupReason } from '../../../shared/domain/backups';

const now = new Date('2026-11-25T12:00:00.000Z');
const hour = 60 * 60 * 1000;

function backupAt(hoursAgo: number, reason: BackupReason = 'scheduled') {
  const takenAt = new Date(now.getTime() - hoursAgo * hour);
  return { name: backupFileName(reason, takenAt), reason, takenAt };
}

describe('backup rotation', () => {
  it('keeps everything while there are ten or fewer', () => {
    const backups = Array.from({ length: 10 }, (_, index) => backupAt(index));
    expect(backupsToDelete(backups, now)).toEqual([]);
  });

  it('keeps the newest ten and the newest backup of each of the last 31 days', () => {
    // Every 6 hours for 60 days: 240 backups.
    const backups = Array.from({ length: 240 }, (_, index) => backupAt(index * 6));
    const doomed = new Set(backupsToDelete(backups, now).map((backup) => backup.name));
    const kept = backups.filter((backup) => !doomed.has(backup.name));
    const newestTen = backups.slice(0, 10);
    for (const backup of newestTen) expect(doomed.has(backup.name)).toBe(false);
    const keptOlder = kept.filter((backup) => !newestTen.includes(backup));
    const days = keptOlder.map((backup) => backup.takenAt.toISOString().slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    for (const backup of keptOlder) expect(now.getTime() - backup.takenAt.getTime()).toBeLessThanOrEqual(31 * 24 * hour);
    // 31 days back plus today; the newest ten already cover the first three days.
    expect(kept.length).toBeGreaterThanOrEqual(10 + 28);
    expect(kept.length).toBeLessThanOrEqual(10 + 32);
  });

  it('never deletes the backups taken before a migration', () => {
    const backups = [...Array.from({ length: 30 }, (_, index) => backupAt(index)), backupAt(24 * 90, 'before-migration')];
    const doomed = backupsToDelete(backups, now);
    expect(doomed.length).toBeGreaterThan(0);
    expect(doomed.some((backup) => backup.reason === 'before-migration')).toBe(false);
  });
});

describe('backup names', () => {
  it('round-trips the reason and the time', () => {
    const takenAt = new Date('2026-11-25T09:05:07.123Z');
    expect(parseBackupFileName(backupFileName('before-restore', takenAt))).toEqual({ reason: 'before-restore', takenAt, encrypted: false });
    expect(parseBackupFileName(backupFileName('scheduled', takenAt, true))).toEqual({ reason: 'scheduled', takenAt, encrypted: true });
  });

  it('ignores other files', () => {
    for (const name of ['ledger.sqlite', 'scheduled-2026-11-25T09-05-07-123Z.sqlite.partial', 'scheduled-2026-11-25T09-05-07-123Z.sqlite.enc.partial', 'notes.txt', 'x-2026-11-25T09-05-07-123Z.sqlite']) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});
