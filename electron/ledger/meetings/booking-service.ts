import type { Booking, BookingDraft } from '../../../shared/domain/interpretation';
import { notFound } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Ledger } from '../ledger';
import { findBooking, insertBooking, updateBookingRow } from './booking-repository';
import { requireMeeting } from './meeting-reads';

export async function createBooking(ledger: Ledger, meetingId: number, draft: BookingDraft): Promise<Booking> {
  return ledger.write('interpretation.bookings.create', async (trx, audit) => {
    await requireMeeting(trx, meetingId);
    const id = await insertBooking(trx, meetingId, draft, ledger.now().toISOString());
    audit.record({
      entityType: 'interpretation_booking',
      entityId: id,
      changes: diffFields(null, { meetingId, ...draft }),
    });
    const created = await findBooking(trx, id);
    if (!created) throw notFound('booking', id);
    return created;
  });
}

export async function updateBooking(ledger: Ledger, id: number, draft: BookingDraft): Promise<Booking> {
  return ledger.write('interpretation.bookings.update', async (trx, audit) => {
    const before = await findBooking(trx, id);
    if (!before) throw notFound('booking', id);
    await updateBookingRow(trx, id, draft, ledger.now().toISOString());
    const after = await findBooking(trx, id);
    if (!after) throw notFound('booking', id);
    audit.record({
      entityType: 'interpretation_booking',
      entityId: id,
      changes: diffFields({ ...before }, { ...after }),
    });
    return after;
  });
}
