import { bookingCosts, type Booking, type BookingDraft } from '../../../shared/domain/interpretation';
import type { LanguageCode } from '../../../shared/domain/languages';
import { quarterOf } from '../../../shared/domain/quarters';
import type { Executor } from '../database';
import type { BookingRow } from './interpretation-table';

function bookingFromRow(row: BookingRow & { title: string; held_on: string }): Booking {
  const priced = {
    bookedMinutes: row.booked_minutes,
    actualMinutes: row.actual_minutes,
    hourlyRateCents: row.hourly_rate_cents,
    minimumChargeCents: row.minimum_charge_cents,
    travelCents: row.travel_cents,
    cancellationFeeCents: row.cancellation_fee_cents,
    status: row.status,
  };
  return {
    id: row.id,
    meetingId: row.meeting_id,
    meetingTitle: row.title,
    heldOn: row.held_on,
    quarter: quarterOf(row.held_on),
    languageCode: row.language_code as LanguageCode,
    mode: row.mode as Booking['mode'],
    provider: row.provider,
    contact: row.contact,
    notes: row.notes,
    ...priced,
    ...bookingCosts(priced),
  };
}

function rowFromDraft(draft: BookingDraft) {
  return {
    language_code: draft.languageCode,
    mode: draft.mode,
    provider: draft.provider,
    contact: draft.contact,
    booked_minutes: draft.bookedMinutes,
    actual_minutes: draft.actualMinutes,
    hourly_rate_cents: draft.hourlyRateCents,
    minimum_charge_cents: draft.minimumChargeCents,
    travel_cents: draft.travelCents,
    cancellation_fee_cents: draft.cancellationFeeCents,
    status: draft.status,
    notes: draft.notes,
  };
}

export interface BookingFilter {
  meetingId: number | null;
  from: string | null;
  to: string | null;
}

export async function listBookings(db: Executor, filter: BookingFilter): Promise<Booking[]> {
  let query = db
    .selectFrom('interpretation_bookings')
    .innerJoin('meetings', 'meetings.id', 'interpretation_bookings.meeting_id')
    .selectAll('interpretation_bookings')
    .select(['meetings.title', 'meetings.held_on']);
  if (filter.meetingId !== null) query = query.where('interpretation_bookings.meeting_id', '=', filter.meetingId);
  if (filter.from) query = query.where('meetings.held_on', '>=', filter.from);
  if (filter.to) query = query.where('meetings.held_on', '<=', filter.to);
  const rows = await query
    .orderBy('meetings.held_on', 'desc')
    .orderBy('interpretation_bookings.language_code')
    .orderBy('interpretation_bookings.id')
    .execute();
  return rows.map(bookingFromRow);
}

export async function findBooking(db: Executor, id: number): Promise<Booking | undefined> {
  const row = await db
    .selectFrom('interpretation_bookings')
    .innerJoin('meetings', 'meetings.id', 'interpretation_bookings.meeting_id')
    .selectAll('interpretation_bookings')
    .select(['meetings.title', 'meetings.held_on'])
    .where('interpretation_bookings.id', '=', id)
    .executeTakeFirst();
  return row ? bookingFromRow(row) : undefined;
}

export async function insertBooking(db: Executor, meetingId: number, draft: BookingDraft, at: string): Promise<number> {
  const { id } = await db
    .insertInto('interpretation_bookings')
    .values({ meeting_id: meetingId, ...rowFromDraft(draft), created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateBookingRow(db: Executor, id: number, draft: BookingDraft, at: string): Promise<void> {
  await db
    .updateTable('interpretation_bookings')
    .set({ ...rowFromDraft(draft), updated_at: at })
    .where('id', '=', id)
    .execute();
}
