import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/domain/interpretation';
import { hrefFor } from '../../app/routes';
import { formatHours, formatIsoDate, formatMoney, formatNumber } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ListPage } from '../../ui/list-page';
import { languageLabel } from '../members/language-labels';
import { meetingQueries } from './meeting-queries';

/** Every booking, with totals by language and fiscal quarter for budgets and funder reports. */
export function InterpretationPage() {
  const { t } = useTranslation('meetings');
  const bookings = useQuery(meetingQueries.bookings({}));
  const data = bookings.data;

  return (
    <ListPage
      title={t('interpretation.title')}
      error={bookings.error}
      onRetry={() => void bookings.refetch()}
      loading={bookings.isPending}
      empty={data?.items.length === 0 && t('interpretation.empty')}
    >
      {data && (
        <>
          <h2>{t('interpretation.totals')}</h2>
          <DataTable
            caption={t('interpretation.totals')}
            testId="interpretation-totals"
            rows={data.totals}
            rowKey={(total) => `${total.fiscalYear}-${total.fiscalQuarter}-${total.languageCode}`}
            columns={[
              { key: 'quarter', header: t('fields.quarter'), cell: (total) => t('quarter.fiscal', { year: total.fiscalYear, quarter: total.fiscalQuarter }) },
              { key: 'language', header: t('bookings.language'), rowHeader: true, cell: (total) => languageLabel(total.languageCode) },
              { key: 'count', header: t('interpretation.bookingCount'), cell: (total) => formatNumber(total.bookings) },
              { key: 'hours', header: t('bookings.hours'), cell: (total) => formatHours(total.minutes) },
              { key: 'cost', header: t('bookings.cost'), cell: (total) => formatMoney(total.costCents) },
            ]}
            footer={
              <tr>
                <th scope="row" colSpan={4}>
                  {t('interpretation.grandTotal')}
                </th>
                <td>{formatMoney(data.totalCostCents)}</td>
              </tr>
            }
          />
          <h2>{t('interpretation.all')}</h2>
          <DataTable<Booking>
            caption={t('interpretation.all')}
            rows={data.items}
            rowKey={(booking) => booking.id}
            columns={[
              { key: 'date', header: t('fields.heldOn'), cell: (booking) => formatIsoDate(booking.heldOn) },
              {
                key: 'meeting',
                header: t('fields.title'),
                cell: (booking) => <a href={hrefFor('meetings', booking.meetingId, 'interpretation')}>{booking.meetingTitle}</a>,
              },
              { key: 'language', header: t('bookings.language'), rowHeader: true, cell: (booking) => languageLabel(booking.languageCode) },
              { key: 'provider', header: t('bookings.provider'), cell: (booking) => booking.provider },
              { key: 'status', header: t('bookings.status'), cell: (booking) => t(`bookingStatuses.${booking.status}`) },
              { key: 'estimated', header: t('bookings.estimated'), cell: (booking) => formatMoney(booking.estimatedCostCents) },
              { key: 'cost', header: t('bookings.cost'), cell: (booking) => formatMoney(booking.costCents) },
            ]}
          />
        </>
      )}
    </ListPage>
  );
}
