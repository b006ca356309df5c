import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/domain/interpretation';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { formatCents } from '../../../../shared/domain/money';
import { formatMinutesAsHours } from '../../../../shared/domain/durations';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { languageLabel } from '../members/language-labels';
import { BookingForm } from './booking-form';

/** A meeting's interpretation bookings; saving one refreshes the meeting's language warnings. */
export function BookingsPanel({
  meetingId,
  suggestedLanguage,
  onChanged,
}: {
  meetingId: number;
  suggestedLanguage: LanguageCode | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const bookings = useOperation('interpretation.bookings.list', { meetingId });
  const [editing, setEditing] = useState<Booking | 'new'>();

  function saved() {
    setEditing(undefined);
    bookings.reload();
    onChanged();
  }

  return (
    <section aria-labelledby="bookings-title">
      <h2 id="bookings-title">{t('bookings.title')}</h2>
      <ErrorBanner error={bookings.error} onRetry={bookings.reload} />
      {bookings.data?.items.length === 0 && <p>{t('bookings.empty')}</p>}
      {bookings.data && bookings.data.items.length > 0 && (
        <table className="meetings-table">
          <caption className="meetings-visually-hidden">{t('bookings.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bookings.language')}</th>
              <th scope="col">{t('bookings.provider')}</th>
              <th scope="col">{t('bookings.mode')}</th>
              <th scope="col">{t('bookings.hours')}</th>
              <th scope="col">{t('bookings.status')}</th>
              <th scope="col">{t('bookings.cost')}</th>
              <th scope="col">
                <span className="meetings-visually-hidden">{tc('actions.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bookings.data.items.map((booking) => (
              <tr key={booking.id}>
                <th scope="row">{languageLabel(booking.languageCode)}</th>
                <td>{booking.provider}</td>
                <td>{t(`modes.${booking.mode}`)}</td>
                <td>{formatMinutesAsHours(booking.actualMinutes ?? booking.bookedMinutes)}</td>
                <td>{t(`bookingStatuses.${booking.status}`)}</td>
                <td>{formatCents(booking.costCents)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(booking)}
                    aria-label={t('bookings.editNamed', {
                      language: languageLabel(booking.languageCode),
                      provider: booking.provider,
                    })}
                  >
                    {tc('actions.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <BookingForm
          key={editing === 'new' ? 'new' : editing.id}
          meetingId={meetingId}
          booking={editing === 'new' ? undefined : editing}
          suggestedLanguage={suggestedLanguage}
          onSaved={saved}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button--primary" onClick={() => setEditing('new')}>
            {t('bookings.add')}
          </button>
        </div>
      )}
    </section>
  );
}
