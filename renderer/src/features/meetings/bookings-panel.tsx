import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/domain/interpretation';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { formatHours, formatMoney } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { languageLabel } from '../members/language-labels';
import { BookingForm } from './booking-form';
import { meetingQueries } from './meeting-queries';

/** A meeting's interpretation bookings; saving one refreshes the meeting's language warnings (by invalidation). */
export function BookingsPanel({ meetingId, suggestedLanguage }: { meetingId: number; suggestedLanguage: LanguageCode | undefined }) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const bookings = useQuery(meetingQueries.bookings({ meetingId }));
  const [editing, setEditing] = useState<Booking | 'new'>();
  const items = bookings.data?.items ?? [];

  return (
    <section aria-labelledby="bookings-title">
      <h2 id="bookings-title">{t('bookings.title')}</h2>
      <ErrorBanner error={bookings.error} onRetry={() => void bookings.refetch()} />
      {bookings.data && items.length === 0 && <p>{t('bookings.empty')}</p>}
      {items.length > 0 && (
        <DataTable<Booking>
          caption={t('bookings.title')}
          rows={items}
          rowKey={(booking) => booking.id}
          columns={[
            { key: 'language', header: t('bookings.language'), rowHeader: true, cell: (booking) => languageLabel(booking.languageCode) },
            { key: 'provider', header: t('bookings.provider'), cell: (booking) => booking.provider },
            { key: 'mode', header: t('bookings.mode'), cell: (booking) => t(`modes.${booking.mode}`) },
            { key: 'hours', header: t('bookings.hours'), cell: (booking) => formatHours(booking.actualMinutes ?? booking.bookedMinutes) },
            { key: 'status', header: t('bookings.status'), cell: (booking) => t(`bookingStatuses.${booking.status}`) },
            { key: 'cost', header: t('bookings.cost'), cell: (booking) => formatMoney(booking.costCents) },
            {
              key: 'edit',
              header: <span className="visually-hidden">{tc('actions.edit')}</span>,
              cell: (booking) => (
                <button
                  type="button"
                  onClick={() => setEditing(booking)}
                  aria-label={t('bookings.editNamed', { language: languageLabel(booking.languageCode), provider: booking.provider })}
                >
                  {tc('actions.edit')}
                </button>
              ),
            },
          ]}
        />
      )}
      {editing ? (
        <BookingForm
          key={editing === 'new' ? 'new' : editing.id}
          meetingId={meetingId}
          booking={editing === 'new' ? undefined : editing}
          suggestedLanguage={suggestedLanguage}
          onDone={() => setEditing(undefined)}
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
