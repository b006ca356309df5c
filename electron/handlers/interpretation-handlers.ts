import type { interpretationOperations } from '../../shared/contract/interpretation';
import { totalsByLanguageAndQuarter } from '../../shared/domain/interpretation';
import { listBookings } from '../ledger/meetings/booking-repository';
import { createBooking, updateBooking } from '../ledger/meetings/booking-service';
import type { HandlersFor } from './handler-types';

export const interpretationHandlers: HandlersFor<typeof interpretationOperations> = {
  'interpretation.bookings.list': async (filter, { ledger }) => {
    const items = await listBookings(ledger.db, filter);
    return {
      items,
      totals: totalsByLanguageAndQuarter(items),
      totalCostCents: items.reduce((sum, booking) => sum + booking.costCents, 0),
    };
  },
  'interpretation.bookings.create': ({ meetingId, booking }, { ledger }) => createBooking(ledger, meetingId, booking),
  'interpretation.bookings.update': ({ id, booking }, { ledger }) => updateBooking(ledger, id, booking),
};
