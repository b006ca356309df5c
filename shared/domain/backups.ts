import { z } from 'zod';

/** Why a backup was taken; the reason is the first part of its file name. */
export const backupReasons = ['start', 'scheduled', 'manual', 'before-restore', 'before-migration'] as const;
export type BackupReason = (typeof backupReasons)[number];

/**
 * A backup's file name, e.g. "scheduled-2026-11-25T09-05-00-000Z.sqlite", with ".enc" after it when the
 * backup is encrypted. Only names of this shape are accepted, so a restore request can never point
 * outside the backup folder.
 */
export const backupNamePattern = backupNamePatternFor('sqlite');

/**
 * A copy of a PostgreSQL ledger taken with pg_dump (custom format), e.g.
 * "scheduled-2026-11-25T09-05-00-000Z.pgdump", with ".enc" after it when it is encrypted.
 */
export const serverDumpNamePattern = backupNamePatternFor('pgdump');

function backupNamePatternFor(extension: 'sqlite' | 'pgdump'): RegExp {
  return new RegExp(`^(${backupReasons.join('|')})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\.${extension}(\\.enc)?$`);
}

/** What an encrypted backup's name ends with. */
export const encryptedBackupSuffix = '.enc';

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
  /** Encrypted with the backup passphrase (backups kept outside the data folder always are). */
  encrypted: z.boolean(),
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
  /** Backup folders (the chosen one, or one chosen before) that could not be reached, an unplugged drive: their backups were not checked. */
  unreachableFolders: z.array(z.string()),
  /**
   * Encrypted backups that could not be checked: the passphrase they need was not entered this session.
   * They are erased as soon as it is (Settings), or at the next start after that.
   */
  locked: z.array(z.string()),
  /** Ledger files set aside after they could not be opened: they hold personal data too. */
  setAside: z.array(
    z.object({
      name: z.string(),
      outcome: z.enum(['scrubbed', 'alreadyClear', 'notReached']),
      /** Why it could not be reached (damaged, not a ledger of this app); null otherwise. */
      problem: z.string().nullable(),
    }),
  ),
  /**
   * The ledger is on a PostgreSQL server: the server's own backups and write-ahead log are its
   * administrator's, beyond this app's reach (the app's own pg_dump copies were replaced).
   */
  serverBackups: z.boolean().default(false),
  /** The pg_dump copies of a server ledger this app had taken, deleted (a dump cannot be scrubbed). */
  serverDumpsDeleted: z.number().int().default(0),
});
export type BackupScrubReport = z.infer<typeof backupScrubReportSchema>;

/** Long enough that guessing it offline, at scrypt's cost, is out of reach; a short sentence will do. */
export const shortestBackupPassphrase = 12;

/** Whether new backups are encrypted, and whether the key is there this session. */
export const backupEncryptionSchema = z.object({
  /** The chosen folder leaves this computer (another drive, a synced or network folder): backups there are encrypted. */
  required: z.boolean(),
  passphraseSet: z.boolean(),
  /** The passphrase was entered since the app started: encrypted backups can be written and read. */
  unlocked: z.boolean(),
  setAt: z.string().nullable(),
});
export type BackupEncryption = z.infer<typeof backupEncryptionSchema>;
