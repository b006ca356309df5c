import { z } from 'zod';
import { command } from './define-operation';
import { provinceSchema } from '../domain/provinces';

export const rosterOperations = {
  // A command, not a query: handing out personal data is recorded in the audit log.
  'roster.exportXlsx': command(
    'The roster (the whole Network or one province) as an .xlsx workbook, for internal use only: it holds personal data',
    z.strictObject({
      /** The renderer must have shown the personal-data warning and had it accepted. */
      personalDataWarningAccepted: z.literal(true, { message: 'must be accepted: the roster holds personal data' }),
      /** The language of the column headings and category names. */
      language: z.enum(['en', 'fr']).default('en'),
      /** The members of one province or territory; null for the whole Network. */
      province: provinceSchema.nullable().default(null),
    }),
    z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), memberCount: z.number().int() }),
  ),
} as const;
