import type { Booking, BookingDraftInput, BookingStatus } from '../../../../shared/domain/interpretation';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { parseHoursToMinutes } from '../../../../shared/domain/durations';
import type { FieldReason } from '../../../../shared/validation';
import { centsForInput, centsFromInput } from '../../forms/money-input';
import { formatHours } from '../../i18n/format';

/** Field names are the draft's, so refusals land under them; amounts and hours are typed as text. */
export type BookingFormValues = {
  languageCode: LanguageCode;
  mode: BookingDraftInput['mode'];
  provider: string;
  contact: string;
  bookedMinutes: string;
  actualMinutes: string;
  hourlyRateCents: string;
  minimumChargeCents: string;
  travelCents: string;
  cancellationFeeCents: string;
  status: BookingStatus;
  notes: string;
};

const moneyFields = ['hourlyRateCents', 'minimumChargeCents', 'travelCents', 'cancellationFeeCents'] as const;

export function emptyBookingForm(languageCode: LanguageCode = 'es'): BookingFormValues {
  return {
    languageCode,
    mode: 'simultaneous',
    provider: '',
    contact: '',
    bookedMinutes: '3',
    actualMinutes: '',
    hourlyRateCents: '',
    minimumChargeCents: '0',
    travelCents: '0',
    cancellationFeeCents: '0',
    status: 'requested',
    notes: '',
  };
}

export function bookingFormFrom(booking: Booking, language: string): BookingFormValues {
  return {
    languageCode: booking.languageCode,
    mode: booking.mode,
    provider: booking.provider,
    contact: booking.contact ?? '',
    bookedMinutes: formatHours(booking.bookedMinutes, language),
    actualMinutes: booking.actualMinutes === null ? '' : formatHours(booking.actualMinutes, language),
    hourlyRateCents: centsForInput(booking.hourlyRateCents, language),
    minimumChargeCents: centsForInput(booking.minimumChargeCents, language),
    travelCents: centsForInput(booking.travelCents, language),
    cancellationFeeCents: centsForInput(booking.cancellationFeeCents, language),
    status: booking.status,
    notes: booking.notes ?? '',
  };
}

/** Amounts or hours that do not read as such, reported under their field before the schema sees them. */
export function unreadableBookingInputs(form: BookingFormValues, language: string): Partial<Record<keyof BookingFormValues, FieldReason>> {
  const problems: Partial<Record<keyof BookingFormValues, FieldReason>> = {};
  for (const field of moneyFields) if (centsFromInput(form[field], language) === undefined) problems[field] = 'amount';
  if (parseHoursToMinutes(form.bookedMinutes) === undefined) problems.bookedMinutes = 'hours';
  if (form.status === 'delivered' && form.actualMinutes.trim() !== '' && parseHoursToMinutes(form.actualMinutes) === undefined) {
    problems.actualMinutes = 'hours';
  }
  return problems;
}

/** Money in integer cents and hours in minutes, without floating point; unreadable ones are caught above. */
export function bookingDraftFromForm(form: BookingFormValues, language: string): BookingDraftInput {
  const cents = (text: string) => centsFromInput(text, language) ?? 0;
  return {
    languageCode: form.languageCode,
    mode: form.mode,
    provider: form.provider,
    contact: form.contact.trim() === '' ? null : form.contact,
    bookedMinutes: parseHoursToMinutes(form.bookedMinutes) ?? 0,
    actualMinutes:
      form.status === 'delivered' && form.actualMinutes.trim() !== '' ? (parseHoursToMinutes(form.actualMinutes) ?? 0) : null,
    hourlyRateCents: cents(form.hourlyRateCents),
    minimumChargeCents: cents(form.minimumChargeCents),
    travelCents: cents(form.travelCents),
    cancellationFeeCents: cents(form.cancellationFeeCents),
    status: form.status,
    notes: form.notes.trim() === '' ? null : form.notes,
  };
}
