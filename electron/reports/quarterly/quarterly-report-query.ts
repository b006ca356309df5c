import { bookingCosts } from '../../../shared/domain/interpretation';
import { fiscalQuarterKey, fiscalQuarterRange, type FiscalQuarter } from '../../../shared/domain/fiscal-quarter';
import { languageCodes, type LanguageCode } from '../../../shared/domain/languages';
import { recommendationKinds } from '../../../shared/domain/recommendation';
import { stakeholderCategories, type StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { ProvinceCode } from '../../../shared/domain/provinces';
import type { Executor } from '../../ledger/database';
import { countInterpretationUsers } from '../../ledger/meetings/attendance-repository';
import { readQuarterlyNarrative } from '../../ledger/reports/quarterly-narrative-repository';
import { readNetworkName, readSuppressionThreshold } from '../../ledger/reports/report-settings';
import type { ReportLanguage } from '../text/report-format';
import type { QuarterlyReportData } from './quarterly-report-data';
import { fundingSection } from './funding/funding-section-data';
import { readFundingFacts } from './funding/funding-section-query';

const meetingKindOrder = ['plenary', 'working_group', 'workers_forum', 'government_network'] as const;
const present = ['in_person', 'remote'] as const;

/**
 * Fills the quarterly report from the ledger: every figure for meetings held within the quarter.
 *
 * A provincial report (province set) covers one province or territory:
 * - meetings held there (meetings.province): the meetings table, participation (everyone present
 *   at those meetings, wherever they live, and their guests), interpretation booked for them and
 *   used there, and the action items of their minutes (opened and closed);
 * - recommendations of its working groups (a recommendation of no working group is the network's:
 *   only the national report counts it);
 * - membership flows of members whose province it is;
 * - the funding program's agreements with at least one organisation of the province (their money
 *   and reports as they are), and among their organisations those of the province
 *   (funding-section-data.ts).
 * The national report (province null) covers every province: what each figure counted before.
 */
export async function gatherQuarterlyReport(
  db: Executor,
  quarter: FiscalQuarter,
  options: { status: 'draft' | 'final'; generatedOn: string; language: ReportLanguage; province?: ProvinceCode | null },
): Promise<QuarterlyReportData> {
  const province = options.province ?? null;
  const { startsOn, endsOn } = fiscalQuarterRange(quarter);
  // The network's name and the narrative as the report's language has them; the figures are the same in both.
  const [networkName, threshold, narrative] = await Promise.all([
    readNetworkName(db, options.language),
    readSuppressionThreshold(db),
    readQuarterlyNarrative(db, fiscalQuarterKey(quarter), options.language),
  ]);
  return {
    networkName,
    province,
    quarter,
    startsOn,
    endsOn,
    generatedOn: options.generatedOn,
    status: options.status,
    suppressionThreshold: threshold,
    meetingsByKind: await meetingsByKind(db, startsOn, endsOn, province),
    participationByCategory: await participationByCategory(db, startsOn, endsOn, province),
    interpretationByLanguage: await interpretationByLanguage(db, startsOn, endsOn, province),
    recommendationsByKind: await recommendationsByKind(db, startsOn, endsOn, province),
    actionItems: await actionItems(db, startsOn, endsOn, province),
    membershipByCategory: countMembership(await readMembershipRows(db, province), startsOn, endsOn),
    funding: fundingSection(await readFundingFacts(db), { startsOn, endsOn }, province),
    narrative,
  };
}

async function meetingsByKind(db: Executor, startsOn: string, endsOn: string, province: ProvinceCode | null) {
  const rows = await db
    .selectFrom('meetings')
    .select([
      'kind',
      (eb) => eb.fn.countAll<number>().as('held'),
      (eb) => eb.fn.sum<number>('worker_friendly').as('friendly'),
    ])
    .where('status', '=', 'held')
    .where('held_on', '>=', startsOn)
    .where('held_on', '<=', endsOn)
    .$if(province !== null, (qb) => qb.where('province', '=', province!))
    .groupBy('kind')
    .execute();
  return meetingKindOrder.map((kind) => {
    const row = rows.find((candidate) => candidate.kind === kind);
    return { kind, held: Number(row?.held ?? 0), atWorkerFriendlyTimes: Number(row?.friendly ?? 0) };
  });
}

/** Participants and attendances at the quarter's held meetings (of one province when given). */
export async function participationByCategory(db: Executor, startsOn: string, endsOn: string, province: string | null = null) {
  const members = await db
    .selectFrom('meeting_attendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('members as p', 'p.id', 'a.member_id')
    .select([
      'p.category',
      (eb) => eb.fn.count<number>('a.member_id').distinct().as('participants'),
      (eb) => eb.fn.countAll<number>().as('attendances'),
    ])
    .where('a.presence', 'in', present)
    .where('m.status', '=', 'held')
    .where('m.held_on', '>=', startsOn)
    .where('m.held_on', '<=', endsOn)
    .$if(province !== null, (qb) => qb.where('m.province', '=', province!))
    .groupBy('p.category')
    .execute();
  // Guests are counted at the door by category only: they add attendances, never distinct participants.
  const guests = await db
    .selectFrom('meeting_guests as g')
    .innerJoin('meetings as m', 'm.id', 'g.meeting_id')
    .select(['g.category', (eb) => eb.fn.sum<number>('g.count').as('guests')])
    .where('m.status', '=', 'held')
    .where('m.held_on', '>=', startsOn)
    .where('m.held_on', '<=', endsOn)
    .$if(province !== null, (qb) => qb.where('m.province', '=', province!))
    .groupBy('g.category')
    .execute();
  return stakeholderCategories.map((category) => {
    const row = members.find((candidate) => candidate.category === category);
    const guestRow = guests.find((candidate) => candidate.category === category);
    return {
      category,
      participants: Number(row?.participants ?? 0),
      attendances: Number(row?.attendances ?? 0) + Number(guestRow?.guests ?? 0),
    };
  });
}

async function interpretationByLanguage(db: Executor, startsOn: string, endsOn: string, province: ProvinceCode | null) {
  const bookings = await db
    .selectFrom('interpretation_bookings as b')
    .innerJoin('meetings as m', 'm.id', 'b.meeting_id')
    .select([
      'b.language_code',
      'b.status',
      'b.booked_minutes',
      'b.actual_minutes',
      'b.hourly_rate_cents',
      'b.minimum_charge_cents',
      'b.travel_cents',
      'b.cancellation_fee_cents',
    ])
    .where('m.held_on', '>=', startsOn)
    .where('m.held_on', '<=', endsOn)
    .where('b.status', 'in', ['delivered', 'cancelled'])
    .$if(province !== null, (qb) => qb.where('m.province', '=', province!))
    .execute();
  const totals = new Map<LanguageCode, { sessions: number; minutes: number; costCents: number }>();
  for (const booking of bookings) {
    const language = booking.language_code as LanguageCode;
    const total = totals.get(language) ?? { sessions: 0, minutes: 0, costCents: 0 };
    const { costCents } = bookingCosts({
      status: booking.status,
      bookedMinutes: booking.booked_minutes,
      actualMinutes: booking.actual_minutes,
      hourlyRateCents: booking.hourly_rate_cents,
      minimumChargeCents: booking.minimum_charge_cents,
      travelCents: booking.travel_cents,
      cancellationFeeCents: booking.cancellation_fee_cents,
    });
    // A cancelled booking costs its fee but was no session of interpretation.
    if (booking.status === 'delivered') {
      total.sessions += 1;
      total.minutes += booking.actual_minutes ?? booking.booked_minutes;
    }
    total.costCents += costCents;
    totals.set(language, total);
  }
  const users = await countInterpretationUsers(db, startsOn, endsOn, province);
  return languageCodes
    .filter((code) => totals.has(code))
    .map((language) => ({ language, users: users.get(language) ?? 0, ...totals.get(language)! }));
}

async function recommendationsByKind(db: Executor, startsOn: string, endsOn: string, province: ProvinceCode | null) {
  // A province's recommendations are its working groups' (recommendations.working_group_id).
  const groupsOfProvince = db.selectFrom('working_groups').select('working_groups.id').where('working_groups.province', '=', province!);
  const drafted = await db
    .selectFrom('recommendations')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('count')])
    .where('drafted_on', '>=', startsOn)
    .where('drafted_on', '<=', endsOn)
    .$if(province !== null, (qb) => qb.where('working_group_id', 'in', groupsOfProvince))
    .groupBy('kind')
    .execute();
  const moves = await db
    .selectFrom('recommendation_events as e')
    .innerJoin('recommendations as r', 'r.id', 'e.recommendation_id')
    .select(['r.kind', 'e.to_value', (eb) => eb.fn.countAll<number>().as('count')])
    .where('e.kind', '=', 'status')
    .where('e.occurred_on', '>=', startsOn)
    .where('e.occurred_on', '<=', endsOn)
    .$if(province !== null, (qb) => qb.where('r.working_group_id', 'in', groupsOfProvince))
    .groupBy(['r.kind', 'e.to_value'])
    .execute();
  const responses = await db
    .selectFrom('recommendation_follow_ups as f')
    .innerJoin('recommendations as r', 'r.id', 'f.recommendation_id')
    .select(['r.kind', (eb) => eb.fn.countAll<number>().as('count')])
    .where('f.recipient_kind', '=', 'government')
    .where('f.response_on', '>=', startsOn)
    .where('f.response_on', '<=', endsOn)
    .$if(province !== null, (qb) => qb.where('r.working_group_id', 'in', groupsOfProvince))
    .groupBy('r.kind')
    .execute();
  const moved = (kind: string, status: string) =>
    Number(moves.find((row) => row.kind === kind && row.to_value === status)?.count ?? 0);
  return recommendationKinds.map((kind) => ({
    kind,
    drafted: Number(drafted.find((row) => row.kind === kind)?.count ?? 0),
    tabled: moved(kind, 'tabled'),
    adopted: moved(kind, 'adopted'),
    rejected: moved(kind, 'rejected'),
    deferred: moved(kind, 'deferred'),
    governmentResponses: Number(responses.find((row) => row.kind === kind)?.count ?? 0),
  }));
}

/**
 * Counted by what happened, not by when it was typed: an item is opened on the day of the meeting
 * whose minutes hold it, and closed on the day it was marked done (action_items.closed_on). Minutes
 * typed late, or an item edited later, leave the quarter's figures where they were.
 */
async function actionItems(db: Executor, startsOn: string, endsOn: string, province: ProvinceCode | null) {
  const opened = await db
    .selectFrom('action_items as i')
    .innerJoin('minutes as n', 'n.id', 'i.minutes_id')
    .innerJoin('meetings as m', 'm.id', 'n.meeting_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('m.held_on', '>=', startsOn)
    .where('m.held_on', '<=', endsOn)
    .$if(province !== null, (qb) => qb.where('m.province', '=', province!))
    .executeTakeFirst();
  const closed = await db
    .selectFrom('action_items')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'done')
    .where('closed_on', '>=', startsOn)
    .where('closed_on', '<=', endsOn)
    .$if(province !== null, (qb) =>
      qb.where('minutes_id', 'in', (eb) =>
        eb.selectFrom('minutes as n').innerJoin('meetings as m', 'm.id', 'n.meeting_id').select('n.id').where('m.province', '=', province!),
      ),
    )
    .executeTakeFirst();
  return { opened: Number(opened?.count ?? 0), closed: Number(closed?.count ?? 0) };
}

export interface MembershipRow {
  readonly category: string;
  readonly province: string;
  readonly joined_on: string;
  readonly left_on: string | null;
}

/** A member on a given day: joined on or before it and not yet left (left_on is the first day away). */
export function countMembership(rows: readonly MembershipRow[], startsOn: string, endsOn: string) {
  const flows = new Map<StakeholderCategory, { atStart: number; joined: number; left: number; atEnd: number }>(
    stakeholderCategories.map((category) => [category, { atStart: 0, joined: 0, left: 0, atEnd: 0 }]),
  );
  for (const row of rows) {
    const flow = flows.get(row.category as StakeholderCategory);
    if (!flow) continue;
    if (row.joined_on < startsOn && (row.left_on === null || row.left_on >= startsOn)) flow.atStart += 1;
    if (row.joined_on >= startsOn && row.joined_on <= endsOn) flow.joined += 1;
    if (row.left_on !== null && row.left_on >= startsOn && row.left_on <= endsOn) flow.left += 1;
    if (row.joined_on <= endsOn && (row.left_on === null || row.left_on > endsOn)) flow.atEnd += 1;
  }
  return stakeholderCategories.map((category) => ({ category, ...flows.get(category)! }));
}

/** Every member's category, province and dates (of one province's members when given). */
export function readMembershipRows(db: Executor, province: string | null = null): Promise<MembershipRow[]> {
  return db
    .selectFrom('members')
    .select(['category', 'province', 'joined_on', 'left_on'])
    .$if(province !== null, (qb) => qb.where('province', '=', province as ProvinceCode))
    .execute();
}
