import { SeededRandom } from '../electron/demo/random';
import type { Ledger } from '../electron/ledger/ledger';
import { stakeholderCategories } from '../shared/domain/stakeholder-categories';

export interface ReportSeedSizes {
  members: number;
  meetings: number;
  attendance: number;
  bookings: number;
  recommendations: number;
}

/** Plain records of what was written, so a test can work out the expected figures without SQL. */
export interface ReportSeed {
  members: Array<{ id: number; category: string; displayName: string; joinedOn: string; leftOn: string | null }>;
  meetings: Array<{ id: number; kind: string; heldOn: string; status: string; workerFriendly: boolean }>;
  attendance: Array<{ meetingId: number; memberId: number; presence: string }>;
  bookings: Array<{
    meetingId: number;
    language: string;
    status: string;
    bookedMinutes: number;
    actualMinutes: number | null;
    hourlyRateCents: number;
  }>;
  recommendations: Array<{
    id: number;
    kind: string;
    draftedOn: string;
    moves: Array<{ to: string; on: string }>;
    governmentResponseOn: string | null;
  }>;
}

const pad = (value: number) => String(value).padStart(2, '0');
/** A day of fiscal 2026 (April 2026 to March 2027). */
function dayOfFiscal2026(random: SeededRandom): string {
  const date = new Date(Date.UTC(2026, 3, 1) + random.integer(0, 364) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const meetingKinds = ['plenary', 'working_group', 'workers_forum', 'government_network'] as const;
const languages = ['es', 'tl', 'pa', 'vi', 'zh'] as const;
const recommendationKinds = ['policy', 'funding', 'community_action'] as const;
const presences = ['in_person', 'remote', 'regrets', 'absent'] as const;

/** Writes a deterministic network for report tests and the benchmark, in one transaction. */
export async function seedReportLedger(ledger: Ledger, sizes: ReportSeedSizes, seed = 6): Promise<ReportSeed> {
  const random = new SeededRandom(seed);
  const at = '2026-04-01T00:00:00.000Z';
  const result: ReportSeed = { members: [], meetings: [], attendance: [], bookings: [], recommendations: [] };
  await ledger.write('test.seedReports', async (trx) => {
    const memberRows = Array.from({ length: sizes.members }, (_, index) => {
      // Migrant workers are a third of the network; the rest spread over the other categories.
      const category = random.chance(0.33)
        ? random.pick(stakeholderCategories.slice(0, 2))
        : random.pick(stakeholderCategories);
      const joinedOn = random.chance(0.7)
        ? `202${random.integer(3, 5)}-0${random.integer(1, 9)}-1${random.integer(0, 9)}`
        : dayOfFiscal2026(random);
      const leftOn = random.chance(0.15)
        ? (() => {
            const day = dayOfFiscal2026(random);
            return day >= joinedOn ? day : null;
          })()
        : null;
      return {
        category,
        displayName: `Member ${index + 1} ${random.pick(['Santos', 'Reyes', 'Kaur', 'Nguyen'])}`,
        joinedOn,
        leftOn,
      };
    });
    for (let start = 0; start < memberRows.length; start += 500) {
      const batch = memberRows.slice(start, start + 500);
      const inserted = await trx
        .insertInto('members')
        .values(
          batch.map((row) => ({
            kind: 'individual' as const,
            display_name: row.displayName,
            alias: null,
            category: row.category,
            organisation_id: null,
            preferred_language: null,
            email: null,
            phone: null,
            may_contact: 1,
            may_be_named: 0,
            joined_on: row.joinedOn,
            left_on: row.leftOn,
            notes: null,
            created_at: at,
            updated_at: at,
          })),
        )
        .returning('id')
        .execute();
      inserted.forEach((row, index) => result.members.push({ id: row.id, ...batch[index]! }));
    }
    const meetingRows = Array.from({ length: sizes.meetings }, () => ({
      kind: random.pick(meetingKinds),
      heldOn: dayOfFiscal2026(random),
      status: random.chance(0.85) ? 'held' : random.pick(['planned', 'cancelled'] as const),
      workerFriendly: random.chance(0.6),
    }));
    for (let start = 0; start < meetingRows.length; start += 500) {
      const batch = meetingRows.slice(start, start + 500);
      const inserted = await trx
        .insertInto('meetings')
        .values(
          batch.map((row) => ({
            kind: row.kind,
            title: `${row.kind} ${row.heldOn}`,
            held_on: row.heldOn,
            starts_at: '18:00',
            ends_at: '20:00',
            status: row.status as 'held' | 'planned' | 'cancelled',
            worker_friendly: row.workerFriendly ? 1 : 0,
            created_at: at,
            updated_at: at,
          })),
        )
        .returning('id')
        .execute();
      inserted.forEach((row, index) => result.meetings.push({ id: row.id, ...batch[index]! }));
    }
    const seen = new Set<string>();
    while (result.attendance.length < sizes.attendance && result.members.length > 0 && result.meetings.length > 0) {
      const meetingId = random.pick(result.meetings).id;
      const memberId = random.pick(result.members).id;
      if (seen.has(`${meetingId}:${memberId}`)) continue;
      seen.add(`${meetingId}:${memberId}`);
      result.attendance.push({ meetingId, memberId, presence: random.pick(presences) });
    }
    for (let start = 0; start < result.attendance.length; start += 1000) {
      await trx
        .insertInto('meeting_attendance')
        .values(
          result.attendance.slice(start, start + 1000).map((row) => ({
            meeting_id: row.meetingId,
            member_id: row.memberId,
            presence: row.presence as 'in_person',
            updated_at: at,
          })),
        )
        .execute();
    }
    for (let index = 0; index < sizes.bookings; index += 1) {
      const status = random.pick(['requested', 'confirmed', 'delivered', 'delivered', 'cancelled'] as const);
      const bookedMinutes = random.integer(4, 12) * 15;
      result.bookings.push({
        meetingId: random.pick(result.meetings).id,
        language: random.pick(languages),
        status,
        bookedMinutes,
        actualMinutes: status === 'delivered' && random.chance(0.5) ? bookedMinutes + 15 : null,
        hourlyRateCents: random.integer(60, 120) * 100,
      });
    }
    for (let start = 0; start < result.bookings.length; start += 500) {
      await trx
        .insertInto('interpretation_bookings')
        .values(
          result.bookings.slice(start, start + 500).map((row) => ({
            meeting_id: row.meetingId,
            language_code: row.language,
            mode: 'simultaneous',
            provider: 'Interpreters Co-op',
            booked_minutes: row.bookedMinutes,
            actual_minutes: row.actualMinutes,
            hourly_rate_cents: row.hourlyRateCents,
            status: row.status as 'delivered',
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
    }
    for (let index = 0; index < sizes.recommendations; index += 1) {
      const draftedOn = dayOfFiscal2026(random);
      const kind = random.pick(recommendationKinds);
      const moves = random.chance(0.7)
        ? [
            { to: 'tabled', on: draftedOn },
            ...(random.chance(0.6) ? [{ to: random.pick(['adopted', 'rejected', 'deferred']), on: draftedOn }] : []),
          ]
        : [];
      const governmentResponseOn = random.chance(0.3) ? draftedOn : null;
      const inserted = await trx
        .insertInto('recommendations')
        .values({
          kind,
          title: `Recommendation ${index + 1}`,
          text: 'Text',
          drafted_on: draftedOn,
          status: moves.at(-1)?.to ?? 'draft',
          status_on: draftedOn,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const move of moves) {
        await trx
          .insertInto('recommendation_events')
          .values({
            recommendation_id: inserted.id,
            kind: 'status',
            to_value: move.to,
            occurred_on: move.on,
            recorded_at: at,
          })
          .execute();
      }
      if (governmentResponseOn) {
        await trx
          .insertInto('recommendation_follow_ups')
          .values({
            recommendation_id: inserted.id,
            sent_to: 'ESDC',
            recipient_kind: 'government',
            sent_on: draftedOn,
            response: 'Noted',
            response_on: governmentResponseOn,
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
      result.recommendations.push({ id: inserted.id, kind, draftedOn, moves, governmentResponseOn });
    }
  });
  return result;
}
