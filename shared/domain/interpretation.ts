import { z } from 'zod';
import { fieldRule } from '../validation';
import { optionalText } from './text-fields';
import { languageCodeSchema, type LanguageCode } from './languages';
import { quarterInfoSchema } from './meeting';
import { divideRoundingHalfUp } from './money';

export const interpretationModes = ['simultaneous', 'consecutive', 'whispered', 'remote_video', 'phone'] as const;
export const interpretationModeSchema = z.enum(interpretationModes);

export const bookingStatuses = ['requested', 'confirmed', 'delivered', 'cancelled'] as const;
export const bookingStatusSchema = z.enum(bookingStatuses);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

const cents = () =>
  z
    .number()
    .int()
    .min(0)
    .max(100_000_000);

const minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60 * 7);


export const bookingDraftSchema = z
  .strictObject({
    languageCode: languageCodeSchema,
    mode: interpretationModeSchema,
    provider: z.string().trim().min(1).max(200),
    contact: optionalText(300),
    bookedMinutes: minutes,
    actualMinutes: minutes.nullable(),
    hourlyRateCents: cents(),
    minimumChargeCents: cents(),
    travelCents: cents(),
    cancellationFeeCents: cents(),
    status: bookingStatusSchema,
    notes: optionalText(2000),
  })
  .superRefine((draft, context) => {
    if (draft.actualMinutes !== null && draft.status !== 'delivered') {
      context.addIssue(fieldRule(['actualMinutes'], 'actualOnlyWhenDelivered'));
    }
  });
export type BookingDraft = z.infer<typeof bookingDraftSchema>;
export type BookingDraftInput = z.input<typeof bookingDraftSchema>;

export const bookingSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  meetingTitle: z.string(),
  heldOn: z.string(),
  quarter: quarterInfoSchema,
  languageCode: languageCodeSchema,
  mode: interpretationModeSchema,
  provider: z.string(),
  contact: z.string().nullable(),
  bookedMinutes: z.number().int(),
  actualMinutes: z.number().int().nullable(),
  hourlyRateCents: z.number().int(),
  minimumChargeCents: z.number().int(),
  travelCents: z.number().int(),
  cancellationFeeCents: z.number().int(),
  status: bookingStatusSchema,
  notes: z.string().nullable(),
  /** From the booked hours; what to budget. */
  estimatedCostCents: z.number().int(),
  /** What is owed: actual hours once delivered, the fee alone once cancelled. */
  costCents: z.number().int(),
});
export type Booking = z.infer<typeof bookingSchema>;

type Priced = Pick<
  BookingDraft,
  | 'bookedMinutes'
  | 'actualMinutes'
  | 'hourlyRateCents'
  | 'minimumChargeCents'
  | 'travelCents'
  | 'cancellationFeeCents'
  | 'status'
>;

/** Time at the hourly rate (rounded to the cent, halves up), raised to the minimum charge, plus travel. */
export function chargeFor(booking: Priced, minutesWorked: number): number {
  const time = divideRoundingHalfUp(booking.hourlyRateCents * minutesWorked, 60);
  return Math.max(time, booking.minimumChargeCents) + booking.travelCents;
}

export function bookingCosts(booking: Priced): { estimatedCostCents: number; costCents: number } {
  const estimatedCostCents = chargeFor(booking, booking.bookedMinutes);
  // A cancelled booking owes its cancellation fee only; the interpreter did not travel.
  if (booking.status === 'cancelled') return { estimatedCostCents, costCents: booking.cancellationFeeCents };
  if (booking.status === 'delivered' && booking.actualMinutes !== null) {
    return { estimatedCostCents, costCents: chargeFor(booking, booking.actualMinutes) };
  }
  return { estimatedCostCents, costCents: estimatedCostCents };
}

export const languageWarningSchema = z.object({
  languageCode: languageCodeSchema,
  attendees: z.number().int(),
  /** A booking exists but is only requested: the warning stays until it is confirmed. */
  requestedOnly: z.boolean(),
});
export type LanguageWarning = z.infer<typeof languageWarningSchema>;

/**
 * Languages that still-expected attendees need with no confirmed (or delivered) booking,
 * most-needed first: "4 expected attendees need Spanish; no confirmed Spanish interpreter".
 */
export function missingLanguageWarnings(
  needs: readonly (LanguageCode | null)[],
  bookings: readonly { languageCode: LanguageCode; status: BookingStatus }[],
): LanguageWarning[] {
  const counts = new Map<LanguageCode, number>();
  for (const language of needs) if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  const covered = new Set(
    bookings
      .filter((booking) => booking.status === 'confirmed' || booking.status === 'delivered')
      .map((b) => b.languageCode),
  );
  const requested = new Set(bookings.filter((booking) => booking.status === 'requested').map((b) => b.languageCode));
  return [...counts]
    .filter(([language]) => !covered.has(language))
    .map(([languageCode, attendees]) => ({ languageCode, attendees, requestedOnly: requested.has(languageCode) }))
    .sort((a, b) => b.attendees - a.attendees || a.languageCode.localeCompare(b.languageCode));
}

export const interpretationTotalSchema = z.object({
  languageCode: languageCodeSchema,
  fiscalYear: z.string(),
  fiscalQuarter: z.number().int(),
  bookings: z.number().int(),
  minutes: z.number().int(),
  costCents: z.number().int(),
});
export type InterpretationTotal = z.infer<typeof interpretationTotalSchema>;

/** Totals per language and fiscal quarter; minutes are those actually owed (actual, else booked; none if cancelled). */
export function totalsByLanguageAndQuarter(bookings: readonly Booking[]): InterpretationTotal[] {
  const totals = new Map<string, InterpretationTotal>();
  for (const booking of bookings) {
    const key = `${booking.quarter.fiscalYear}|${booking.quarter.fiscalQuarter}|${booking.languageCode}`;
    const total = totals.get(key) ?? {
      languageCode: booking.languageCode,
      fiscalYear: booking.quarter.fiscalYear,
      fiscalQuarter: booking.quarter.fiscalQuarter,
      bookings: 0,
      minutes: 0,
      costCents: 0,
    };
    total.bookings += 1;
    if (booking.status !== 'cancelled') total.minutes += booking.actualMinutes ?? booking.bookedMinutes;
    total.costCents += booking.costCents;
    totals.set(key, total);
  }
  return [...totals.values()].sort(
    (a, b) =>
      a.fiscalYear.localeCompare(b.fiscalYear) ||
      a.fiscalQuarter - b.fiscalQuarter ||
      a.languageCode.localeCompare(b.languageCode),
  );
}
