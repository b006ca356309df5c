import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bookingStatuses, interpretationModes, type Booking } from '../../../../shared/domain/interpretation';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { SelectField, TextField } from '../../ui/fields';
import { languageOptions } from '../members/language-labels';
import { draftFromBookingForm, emptyBookingForm, formFromBooking, type BookingFormState } from './booking-form-state';
import { toAppError } from '../../api/to-app-error';

export function BookingForm({
  meetingId,
  booking,
  suggestedLanguage,
  onSaved,
  onCancel,
}: {
  meetingId: number;
  booking?: Booking;
  suggestedLanguage?: LanguageCode | undefined;
  onSaved: (booking: Booking) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState<BookingFormState>(() =>
    booking ? formFromBooking(booking) : emptyBookingForm(suggestedLanguage),
  );
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);
  const update =
    <Key extends keyof BookingFormState>(key: Key) =>
    (value: BookingFormState[Key]) =>
      setForm((previous) => ({ ...previous, [key]: value }));
  const fieldError = (field: string) => error?.issueFor(`booking.${field}`);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = draftFromBookingForm(form, {
      amount: t('bookings.amountInvalid'),
      hours: t('bookings.hoursInvalid'),
    });
    if ('issues' in result) {
      setError(new AppError({ code: 'invalid_input', message: tc('errors.fixFields'), issues: result.issues }));
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      onSaved(
        booking
          ? await call('interpretation.bookings.update', { id: booking.id, booking: result.draft })
          : await call('interpretation.bookings.create', { meetingId, booking: result.draft }),
      );
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="form meetings-booking-form"
      onSubmit={save}
      noValidate
      aria-label={booking ? t('bookings.editTitle') : t('bookings.newTitle')}
    >
      {error && (
        <p className="banner banner--error" role="alert">
          {error.issues.length > 0 ? tc('errors.fixFields') : error.message}
        </p>
      )}
      <SelectField<LanguageCode>
        label={t('bookings.language')}
        value={form.languageCode}
        onChange={update('languageCode')}
        options={languageOptions()}
        error={fieldError('languageCode')}
      />
      <SelectField
        label={t('bookings.mode')}
        value={form.mode}
        onChange={update('mode')}
        options={interpretationModes.map((value) => ({ value, label: t(`modes.${value}`) }))}
      />
      <TextField
        label={t('bookings.provider')}
        value={form.provider}
        onChange={update('provider')}
        error={fieldError('provider')}
      />
      <TextField
        label={t('bookings.contact')}
        value={form.contact}
        onChange={update('contact')}
        error={fieldError('contact')}
      />
      <TextField
        label={t('bookings.bookedHours')}
        value={form.bookedHours}
        onChange={update('bookedHours')}
        error={fieldError('bookedMinutes')}
        hint={t('bookings.hoursHint')}
      />
      <TextField
        label={t('bookings.hourlyRate')}
        value={form.hourlyRate}
        onChange={update('hourlyRate')}
        error={fieldError('hourlyRateCents')}
        hint={t('bookings.amountHint')}
      />
      <TextField
        label={t('bookings.minimumCharge')}
        value={form.minimumCharge}
        onChange={update('minimumCharge')}
        error={fieldError('minimumChargeCents')}
      />
      <TextField
        label={t('bookings.travel')}
        value={form.travel}
        onChange={update('travel')}
        error={fieldError('travelCents')}
      />
      <TextField
        label={t('bookings.cancellationFee')}
        value={form.cancellationFee}
        onChange={update('cancellationFee')}
        error={fieldError('cancellationFeeCents')}
      />
      <SelectField
        label={t('bookings.status')}
        value={form.status}
        onChange={update('status')}
        options={bookingStatuses.map((value) => ({ value, label: t(`bookingStatuses.${value}`) }))}
      />
      {form.status === 'delivered' && (
        <TextField
          label={t('bookings.actualHours')}
          value={form.actualHours}
          onChange={update('actualHours')}
          error={fieldError('actualMinutes')}
        />
      )}
      <TextField
        label={t('bookings.notes')}
        value={form.notes}
        onChange={update('notes')}
        error={fieldError('notes')}
        multiline
      />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={saving}>
          {t('bookings.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {tc('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
