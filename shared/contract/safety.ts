import { z } from 'zod';
import { command, query } from './define-operation';
import { backupEncryptionSchema, backupInfoSchema, backupNameSchema } from '../domain/backups';

/**
 * Why the ledger did not open: not_a_ledger is another application's SQLite database; empty is a
 * zero-byte (or empty SQLite) file where backups exist, so the ledger was lost rather than never made.
 */
export const ledgerOpenProblems = ['not_sqlite', 'not_a_ledger', 'empty', 'corrupt', 'too_new', 'migration_failed', 'unreadable'] as const;

const backupFolderSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000);

export const safetyOperations = {
  'ledger.recovery': query(
    'Whether the ledger opened, and if not why, with the newest good backups to restore',
    z.strictObject({}),
    z.object({
      available: z.boolean(),
      problem: z.enum(ledgerOpenProblems).nullable(),
      message: z.string().nullable(),
      ledgerPath: z.string(),
      storageWarning: z.string().nullable(),
      backups: z.array(backupInfoSchema),
    }),
  ),
  'ledger.restoreBackup': command(
    'Check a backup, keep the current ledger as a backup, then put the backup in its place',
    z.strictObject({
      name: backupNameSchema,
      /** Needed for an encrypted backup when the passphrase was not entered this session. */
      passphrase: z.string().max(1000).optional(),
    }),
    z.object({
      restored: backupInfoSchema,
      /** The ledger as it was just before, kept as a backup; null when it could not be opened. */
      keptAs: backupInfoSchema.nullable(),
      /** Where an unreadable ledger was moved so that nothing is overwritten. */
      setAsideAs: z.string().nullable(),
    }),
  ),
  'backups.list': query(
    'The backups on disk, newest first, and where new ones go',
    z.strictObject({}),
    z.object({
      folder: z.string(),
      defaultFolder: z.string(),
      isDefaultFolder: z.boolean(),
      intervalMinutes: z.number().int(),
      lastError: z.string().nullable(),
      /** Why withdrawn members may not be erased everywhere yet (register unreadable, a backup not scrubbed). */
      withdrawalProblem: z.string().nullable(),
      encryption: backupEncryptionSchema,
      backups: z.array(backupInfoSchema),
    }),
  ),
  'backups.create': command('Back up the ledger now', z.strictObject({}), backupInfoSchema),
  'backups.setFolder': command(
    'Send new backups to another folder (an external drive); null goes back to the default',
    z.strictObject({ folder: backupFolderSchema.nullable() }),
    z.object({ folder: z.string(), isDefaultFolder: z.boolean() }),
  ),
} as const;
