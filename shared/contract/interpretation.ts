import { z } from 'zod';
import { command, query } from './define-operation';
import { isoDateSchema } from '../domain/dates';
import { bookingDraftSchema, bookingSchema, interpretationTotalSchema } from '../domain/interpretation';
import { meetingIdSchema } from '../domain/meeting';

export const interpretationOperations = {
  'interpretation.bookings.list': query(
    'Interpretation bookings with totals by language and fiscal quarter',
    z.strictObject({
      meetingId: meetingIdSchema.nullable().default(null),
      from: isoDateSchema.nullable().default(null),
      to: isoDateSchema.nullable().default(null),
    }),
    z.object({
      items: z.array(bookingSchema),
      totals: z.array(interpretationTotalSchema),
      totalCostCents: z.number().int(),
    }),
  ),
  'interpretation.bookings.create': command(
    'Book an interpreter for a meeting',
    z.strictObject({ meetingId: meetingIdSchema, booking: bookingDraftSchema }),
    bookingSchema,
  ),
  'interpretation.bookings.update': command(
    "Replace a booking's fields (confirm, record actual hours, cancel)",
    z.strictObject({ id: z.number().int().positive(), booking: bookingDraftSchema }),
    bookingSchema,
  ),
} as const;
