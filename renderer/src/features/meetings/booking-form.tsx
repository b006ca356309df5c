import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { bookingDraftSchema, bookingStatuses, interpretationModes, type Booking, type BookingDraft } from '../../../../shared/domain/interpretation';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { languageOptions } from '../members/language-labels';
import { bookingDraftFromForm, bookingFormFrom, emptyBookingForm, unreadableBookingInputs, type BookingFormValues } from './booking-form-state';
import { useCreateBooking, useUpdateBooking } from './meeting-queries';

export function BookingForm({
  meetingId,
  booking,
  suggestedLanguage,
  onDone,
}: {
  meetingId: number;
  booking?: Booking;
  suggestedLanguage?: LanguageCode | undefined;
  /** Closes the form: after saving, or when cancelled. */
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('meetings');
  const language = i18n.language;
  const create = useCreateBooking();
  const update = useUpdateBooking();
  const saving = booking ? update : create;
  const form = useContractForm({
    schema: bookingDraftSchema,
    toInput: (values: BookingFormValues) => bookingDraftFromForm(values, language),
    unreadable: (values) => unreadableBookingInputs(values, language),
    defaultValues: booking ? bookingFormFrom(booking, language) : emptyBookingForm(suggestedLanguage),
  });
  const { control } = form;
  const status = useWatch({ control, name: 'status' });

  async function save(draft: BookingDraft) {
    if (booking) await update.mutateAsync({ id: booking.id, booking: draft });
    else await create.mutateAsync({ meetingId, booking: draft });
    onDone();
  }

  const money = (name: 'hourlyRateCents' | 'minimumChargeCents' | 'travelCents' | 'cancellationFeeCents', label: string, hint?: string) => (
    <FormTextField control={control} name={name} label={label} hint={hint} />
  );
  return (
    <FormFrame
      form={form}
      onSubmit={save}
      error={saving.error}
      issuePrefix="booking"
      submitLabel={t('bookings.save')}
      busy={saving.isPending}
      cancel={{ onClick: onDone }}
      label={booking ? t('bookings.editTitle') : t('bookings.newTitle')}
      className="form meetings-booking-form"
    >
      <FormSelectField control={control} name="languageCode" label={t('bookings.language')} options={languageOptions()} />
      <FormSelectField
        control={control}
        name="mode"
        label={t('bookings.mode')}
        options={interpretationModes.map((value) => ({ value, label: t(`modes.${value}`) }))}
      />
      <FormTextField control={control} name="provider" label={t('bookings.provider')} />
      <FormTextField control={control} name="contact" label={t('bookings.contact')} />
      <FormTextField control={control} name="bookedMinutes" label={t('bookings.bookedHours')} hint={t('bookings.hoursHint')} />
      {money('hourlyRateCents', t('bookings.hourlyRate'), t('bookings.amountHint'))}
      {money('minimumChargeCents', t('bookings.minimumCharge'))}
      {money('travelCents', t('bookings.travel'))}
      {money('cancellationFeeCents', t('bookings.cancellationFee'))}
      <FormSelectField
        control={control}
        name="status"
        label={t('bookings.status')}
        options={bookingStatuses.map((value) => ({ value, label: t(`bookingStatuses.${value}`) }))}
      />
      {status === 'delivered' && <FormTextField control={control} name="actualMinutes" label={t('bookings.actualHours')} />}
      <FormTextField control={control} name="notes" label={t('bookings.notes')} multiline />
    </FormFrame>
  );
}
