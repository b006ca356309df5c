import type { Booking, BookingDraftInput, BookingStatus } from '../../../../shared/domain/interpretation';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { formatMinutesAsHours, parseHoursToMinutes } from '../../../../shared/domain/durations';
import { parseDollarsToCents } from '../../../../shared/domain/money';
import type { FieldIssue } from '../../../../shared/errors';

export type BookingFormState = {
  languageCode: LanguageCode;
  mode: BookingDraftInput['mode'];
  provider: string;
  contact: string;
  bookedHours: string;
  actualHours: string;
  hourlyRate: string;
  minimumCharge: string;
  travel: string;
  cancellationFee: string;
  status: BookingStatus;
  notes: string;
};

const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

export function emptyBookingForm(languageCode: LanguageCode = 'es'): BookingFormState {
  return {
    languageCode,
    mode: 'simultaneous',
    provider: '',
    contact: '',
    bookedHours: '3',
    actualHours: '',
    hourlyRate: '',
    minimumCharge: '0',
    travel: '0',
    cancellationFee: '0',
    status: 'requested',
    notes: '',
  };
}

export function formFromBooking(booking: Booking): BookingFormState {
  return {
    languageCode: booking.languageCode,
    mode: booking.mode,
    provider: booking.provider,
    contact: booking.contact ?? '',
    bookedHours: formatMinutesAsHours(booking.bookedMinutes),
    actualHours: booking.actualMinutes === null ? '' : formatMinutesAsHours(booking.actualMinutes),
    hourlyRate: dollars(booking.hourlyRateCents),
    minimumCharge: dollars(booking.minimumChargeCents),
    travel: dollars(booking.travelCents),
    cancellationFee: dollars(booking.cancellationFeeCents),
    status: booking.status,
    notes: booking.notes ?? '',
  };
}

/**
 * Money and hours are typed as text and converted here without floating point; anything that
 * does not read as an amount or a duration is reported against its field before any call.
 */
export function draftFromBookingForm(
  form: BookingFormState,
  messages: { amount: string; hours: string },
): { draft: BookingDraftInput } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const money = (field: string, text: string) => {
    const cents = parseDollarsToCents(text === '' ? '0' : text);
    if (cents === undefined) issues.push({ path: `booking.${field}`, message: messages.amount });
    return cents ?? 0;
  };
  const hours = (field: string, text: string) => {
    const minutes = parseHoursToMinutes(text);
    if (minutes === undefined) issues.push({ path: `booking.${field}`, message: messages.hours });
    return minutes ?? 0;
  };
  const draft: BookingDraftInput = {
    languageCode: form.languageCode,
    mode: form.mode,
    provider: form.provider,
    contact: form.contact.trim() === '' ? null : form.contact,
    bookedMinutes: hours('bookedMinutes', form.bookedHours),
    actualMinutes:
      form.status === 'delivered' && form.actualHours.trim() !== '' ? hours('actualMinutes', form.actualHours) : null,
    hourlyRateCents: money('hourlyRateCents', form.hourlyRate),
    minimumChargeCents: money('minimumChargeCents', form.minimumCharge),
    travelCents: money('travelCents', form.travel),
    cancellationFeeCents: money('cancellationFeeCents', form.cancellationFee),
    status: form.status,
    notes: form.notes.trim() === '' ? null : form.notes,
  };
  return issues.length > 0 ? { issues } : { draft };
}
