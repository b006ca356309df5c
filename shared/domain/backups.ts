import { z } from 'zod';

/** Why a backup was taken; the reason is the first part of its file name. */
export const backupReasons = ['start', 'scheduled', 'manual', 'before-restore', 'before-migration'] as const;
export type BackupReason = (typeof backupReasons)[number];

/**
 * A backup's file name, e.g. "scheduled-2026-11-25T09-05-00-000Z.sqlite". Only names of this shape are
 * accepted, so a restore request can never point outside the backup folder.
 */
export const backupNamePattern = new RegExp(
  `^(${backupReasons.join('|')})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\.sqlite$`,
);

export const backupNameSchema = z
  .string()
  .max(100)
  .regex(backupNamePattern, 'is not the name of a backup (expected e.g. scheduled-2026-11-25T09-05-00-000Z.sqlite)');

export const backupInfoSchema = z.object({
  name: z.string(),
  reason: z.enum(backupReasons),
  /** ISO timestamp of when the backup was taken. */
  takenAt: z.string(),
  sizeBytes: z.number().int(),
  folder: z.string(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** What erasing withdrawn members from the backups did, for the coordinator to read. */
export const backupScrubReportSchema = z.object({
  /** Backups that held the member and no longer do. */
  scrubbed: z.number().int(),
  /** Backups checked that never held the member (taken before they joined, or after they withdrew). */
  alreadyClear: z.number().int(),
  /** Backups that could not be changed; each was left exactly as it was. */
  failed: z.array(z.object({ name: z.string(), problem: z.string() })),
  /** The chosen backup folder when it could not be reached (an unplugged drive): its backups were not checked. */
  unreachableFolder: z.string().nullable(),
});
export type BackupScrubReport = z.infer<typeof backupScrubReportSchema>;
