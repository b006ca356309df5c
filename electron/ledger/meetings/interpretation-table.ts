import type { Generated, Selectable } from 'kysely';

export interface InterpretationBookingsTable {
  id: Generated<number>;
  meeting_id: number;
  language_code: string;
  mode: string;
  provider: string;
  contact: string | null;
  booked_minutes: number;
  actual_minutes: number | null;
  hourly_rate_cents: number;
  minimum_charge_cents: Generated<number>;
  travel_cents: Generated<number>;
  cancellation_fee_cents: Generated<number>;
  status: Generated<'requested' | 'confirmed' | 'delivered' | 'cancelled'>;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export type BookingRow = Selectable<InterpretationBookingsTable>;
