import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../shared/domain/money';
import { formatMinutesAsHours } from '../../../../shared/domain/durations';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { languageLabel } from '../members/language-labels';

/** Every booking, with totals by language and fiscal quarter for budgets and funder reports. */
export function InterpretationPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const bookings = useOperation('interpretation.bookings.list', {});
  const data = bookings.data;

  return (
    <section aria-labelledby="interpretation-title">
      <h1 id="interpretation-title">{t('interpretation.title')}</h1>
      <ErrorBanner error={bookings.error} onRetry={bookings.reload} />
      {!data && bookings.loading && <p role="status">{tc('actions.loading')}</p>}
      {data && data.items.length === 0 && <p>{t('interpretation.empty')}</p>}
      {data && data.items.length > 0 && (
        <>
          <h2>{t('interpretation.totals')}</h2>
          <table className="meetings-table" data-testid="interpretation-totals">
            <caption className="meetings-visually-hidden">{t('interpretation.totals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.quarter')}</th>
                <th scope="col">{t('bookings.language')}</th>
                <th scope="col">{t('interpretation.bookingCount')}</th>
                <th scope="col">{t('bookings.hours')}</th>
                <th scope="col">{t('bookings.cost')}</th>
              </tr>
            </thead>
            <tbody>
              {data.totals.map((total) => (
                <tr key={`${total.fiscalYear}-${total.fiscalQuarter}-${total.languageCode}`}>
                  <td>{t('quarter.fiscal', { year: total.fiscalYear, quarter: total.fiscalQuarter })}</td>
                  <th scope="row">{languageLabel(total.languageCode)}</th>
                  <td>{total.bookings}</td>
                  <td>{formatMinutesAsHours(total.minutes)}</td>
                  <td>{formatCents(total.costCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('interpretation.grandTotal')}
                </th>
                <td>{formatCents(data.totalCostCents)}</td>
              </tr>
            </tfoot>
          </table>
          <h2>{t('interpretation.all')}</h2>
          <table className="meetings-table">
            <caption className="meetings-visually-hidden">{t('interpretation.all')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.heldOn')}</th>
                <th scope="col">{t('fields.title')}</th>
                <th scope="col">{t('bookings.language')}</th>
                <th scope="col">{t('bookings.provider')}</th>
                <th scope="col">{t('bookings.status')}</th>
                <th scope="col">{t('bookings.estimated')}</th>
                <th scope="col">{t('bookings.cost')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((booking) => (
                <tr key={booking.id}>
                  <td>{booking.heldOn}</td>
                  <td>
                    <a href={hrefFor('meetings', booking.meetingId, 'interpretation')}>{booking.meetingTitle}</a>
                  </td>
                  <th scope="row">{languageLabel(booking.languageCode)}</th>
                  <td>{booking.provider}</td>
                  <td>{t(`bookingStatuses.${booking.status}`)}</td>
                  <td>{formatCents(booking.estimatedCostCents)}</td>
                  <td>{formatCents(booking.costCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
