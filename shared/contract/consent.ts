import { z } from 'zod';
import { command, query } from './define-operation';
import { memberIdSchema } from '../domain/member';
import { consentDraftSchema, consentEntrySchema } from '../domain/consent';

export const consentOperations = {
  'consent.history': query(
    "A member's consent register, newest first",
    z.strictObject({ memberId: memberIdSchema }),
    z.object({ items: z.array(consentEntrySchema) }),
  ),
  'consent.record': command(
    'Record what a member consents to now; earlier entries stay as history',
    z.strictObject({ memberId: memberIdSchema, consent: consentDraftSchema }),
    consentEntrySchema,
  ),
} as const;
