import type { Transaction } from 'kysely';
import { plenaryTemplate } from '../../shared/domain/agenda';
import { todayIsoDate } from '../../shared/domain/dates';
import type { MeetingDraft } from '../../shared/domain/meeting';
import type { Database } from '../ledger/database';
import { insertActionItem } from '../ledger/meetings/action-item-repository';
import { appendAgendaItems, listAgenda } from '../ledger/meetings/agenda-repository';
import { listRollCall, setPresence } from '../ledger/meetings/attendance-repository';
import { insertBooking } from '../ledger/meetings/booking-repository';
import { findMeeting, insertMeeting } from '../ledger/meetings/meeting-repository';
import { insertMinutesFromAgenda, setMinutesStatus, updateSectionText } from '../ledger/meetings/minutes-repository';
import { SeededRandom } from './random';

function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function plenary(title: string, heldOn: string, status: MeetingDraft['status']): MeetingDraft {
  return {
    kind: 'plenary',
    workingGroupId: null,
    title,
    heldOn,
    startsAt: '18:00',
    endsAt: '21:00',
    timeZone: 'America/Vancouver',
    place: 'Surrey community hall',
    onlineLink: 'https://meet.example.org/network-plenary',
    status,
    workerFriendly: true,
    notes: null,
  };
}

const templateItems = plenaryTemplate.map((item) => ({
  kind: item.kind,
  title: item.title.en,
  presenterMemberId: null,
  plannedMinutes: item.plannedMinutes,
}));

const spanishBooking = {
  languageCode: 'es',
  mode: 'simultaneous',
  provider: 'Fraser Valley Interpreters (fictional)',
  contact: 'bookings@example.org',
  bookedMinutes: 180,
  hourlyRateCents: 8_500,
  minimumChargeCents: 20_000,
  travelCents: 4_000,
  cancellationFeeCents: 10_000,
  notes: null,
} as const;

/**
 * A held plenary with circulated minutes and open action items, and the next plenary a few weeks
 * out with a Spanish booking still only requested, so every Dashboard panel has something to show.
 */
export async function loadDemoMeetings(trx: Transaction<Database>, now: Date, seed: number): Promise<number> {
  const random = new SeededRandom(seed);
  const at = now.toISOString();
  const today = todayIsoDate(now);

  const pastId = await insertMeeting(trx, plenary('Autumn plenary (demo)', addDays(today, -56), 'held'), at);
  await appendAgendaItems(trx, pastId, templateItems, at);
  const past = await findMeeting(trx, pastId);
  if (past) {
    for (const entry of await listRollCall(trx, past)) {
      const roll = random.next();
      const presence = roll < 0.55 ? 'in_person' : roll < 0.7 ? 'remote' : roll < 0.85 ? 'regrets' : 'absent';
      await setPresence(trx, pastId, entry.memberId, presence, at);
    }
  }
  await insertBooking(trx, pastId, { ...spanishBooking, actualMinutes: 195, status: 'delivered' }, at);
  const minutesId = await insertMinutesFromAgenda(trx, pastId, await listAgenda(trx, pastId), at);
  const firstSection = await trx
    .selectFrom('minutes_sections')
    .select('id')
    .where('minutes_id', '=', minutesId)
    .orderBy('position')
    .executeTakeFirst();
  if (firstSection) {
    await updateSectionText(trx, firstSection.id, {
      notes: 'Workers described housing conditions on farms and unpaid overtime during harvest.',
      decisions: 'Refer housing to the policy working group.',
    });
  }
  await setMinutesStatus(trx, minutesId, { status: 'circulated', circulated_on: addDays(today, -42) }, at);
  for (const [description, dueIn] of [
    ['Write to ESDC about farm housing inspections', 14],
    ['Confirm interpreters for the next plenary', 7],
  ] as const) {
    await insertActionItem(
      trx,
      minutesId,
      {
        description,
        sectionId: firstSection?.id ?? null,
        ownerMemberId: null,
        ownerName: 'Secretariat',
        dueOn: addDays(today, dueIn),
        status: 'open',
      },
      at,
    );
  }

  const nextId = await insertMeeting(trx, plenary('Winter plenary (demo)', addDays(today, 21), 'planned'), at);
  await appendAgendaItems(trx, nextId, templateItems, at);
  await insertBooking(trx, nextId, { ...spanishBooking, actualMinutes: null, status: 'requested' }, at);
  return 2;
}
