import { z } from 'zod';
import { because, fieldRule } from '../validation';
import { command } from './define-operation';
import { backupScrubReportSchema, shortestBackupPassphrase } from '../domain/backups';

const passphraseSchema = z.string().min(1).max(1000);

/** What entering or setting the passphrase did with the backups the key can now reach. */
const passphraseOutcomeSchema = z.object({
  /** Plain backups found in the chosen folder (from before a passphrase was set), now encrypted there. */
  plainBackupsEncrypted: z.number().int(),
  plainBackupsFailed: z.array(z.object({ name: z.string(), problem: z.string() })),
  /** Withdrawn members erased from backups the passphrase now opens; null when the scrub could not run. */
  scrub: backupScrubReportSchema.nullable(),
});

export const backupEncryptionOperations = {
  'backups.setPassphrase': command(
    'Set the backup passphrase, once: backups kept outside the data folder are encrypted with it, and cannot be read without it',
    z
      .strictObject({
        passphrase: passphraseSchema.refine(
          (value) => [...value.normalize('NFC')].length >= shortestBackupPassphrase,
          because('tooShort', { min: shortestBackupPassphrase }),
        ),
        confirmation: passphraseSchema,
      })
      .superRefine((input, context) => {
        if (input.passphrase !== input.confirmation) context.addIssue(fieldRule(['confirmation'], 'passphraseMismatch'));
      }),
    passphraseOutcomeSchema,
  ),
  'backups.unlock': command(
    'Enter the backup passphrase for this session (it is kept in memory only, until the app closes)',
    z.strictObject({ passphrase: passphraseSchema }),
    passphraseOutcomeSchema,
  ),
} as const;
