import { z } from 'zod';
import { command, query } from './define-operation';
import { memberIdSchema } from '../domain/member';
import { backupScrubReportSchema } from '../domain/backups';

export const memberPrivacyOperations = {
  'members.withdraw': command(
    'Withdraw a member and erase every personal field; cannot be undone',
    // The literal makes a forgotten confirmation a validation error rather than an erasure.
    z.strictObject({ id: memberIdSchema, confirmErasure: z.literal(true, { message: 'must be confirmed' }) }),
    z.object({
      id: memberIdSchema,
      label: z.string(),
      withdrawnAt: z.string(),
      /** False when the ledger file could not be rewritten; erased bytes may linger in its free space. */
      fileCompacted: z.boolean(),
      /** Null when the withdrawal register beside the ledger was written; else why not. */
      registerProblem: z.string().nullable(),
      /** What erasing the member from the backups did; null when this mode of the app has no backups. */
      backups: backupScrubReportSchema.nullable(),
    }),
  ),
  'members.accessExport': query(
    'A Word document of everything the ledger holds about one member, for their access request',
    z.strictObject({ id: memberIdSchema }),
    z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  ),
} as const;
