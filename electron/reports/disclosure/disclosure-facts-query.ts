import {
  fiscalQuarterKey,
  fiscalQuarterOf,
  fiscalQuarterRange,
  nextFiscalQuarter,
  parseFiscalQuarterKey,
} from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories, type StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../../ledger/database';
import {
  countMembership,
  participationByCategory,
  readMembershipRows,
  type MembershipRow,
} from '../quarterly/quarterly-report-query';
import { atoms, parseAtom, scopedAtoms } from './atom-keys';
import { fundingAtomTruth } from '../quarterly/funding/funding-cells';
import { fundingSection } from '../quarterly/funding/funding-section-data';
import { readFundingFacts } from '../quarterly/funding/funding-section-query';
import type { DisclosureFacts } from './disclosure-facts';

const present = ['in_person', 'remote'] as const;

/**
 * The true value of every atom the given cells name, and of every atom the relations between them
 * bring in: each held meeting of each quarter involved, participants and attendances of those
 * quarters (the network's and each province's with held meetings), membership at the start and end
 * of each quarter whose flow is published (the network's and each province's in use), and the
 * organisations of each quarter's funded agreements (likewise).
 */
export async function gatherDisclosureFacts(db: Executor, atomKeys: Iterable<string>): Promise<DisclosureFacts> {
  const quarters = new Set<string>();
  const membershipQuarters = new Set<string>();
  const meetingIds = new Set<number>();
  const fundingQuarters = new Set<string>();
  const named = new Set<string>();
  for (const key of atomKeys) {
    const atom = parseAtom(key);
    if (atom.province !== null) named.add(atom.province);
    if (['P', 'A', 'PP', 'PA'].includes(atom.kind)) quarters.add(atom.scope);
    if (atom.kind === 'M' || atom.kind === 'G') meetingIds.add(Number(atom.scope));
    if (['J', 'L', 'PJ', 'PL'].includes(atom.kind)) membershipQuarters.add(atom.scope);
    if (atom.kind === 'N' || atom.kind === 'PN') membershipQuarters.add(fiscalQuarterKey(fiscalQuarterOf(atom.scope)));
    if (['FW', 'FP', 'PFW', 'PFP'].includes(atom.kind)) fundingQuarters.add(atom.scope);
  }
  const provincesInUse = [...new Set([...(await provincesWithRecords(db)), ...named])].sort();
  const truth = new Map<string, number>();
  const quarterOfHeldMeeting = new Map<number, string>();
  const provinceOfHeldMeeting = new Map<number, string>();
  const meetingsNamed = meetingIds.size === 0 ? [] : await db.selectFrom('meetings').select(['id', 'held_on', 'status']).where('id', 'in', [...meetingIds]).execute();
  for (const meeting of meetingsNamed) {
    if (meeting.status === 'held') quarters.add(fiscalQuarterKey(fiscalQuarterOf(meeting.held_on)));
  }
  const heldMeetingsByQuarter = new Map<string, number[]>();
  for (const quarter of [...quarters].sort()) {
    const { startsOn, endsOn } = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
    const held = await db
      .selectFrom('meetings')
      .select(['id', 'province'])
      .where('status', '=', 'held')
      .where('held_on', '>=', startsOn)
      .where('held_on', '<=', endsOn)
      .orderBy('id')
      .execute();
    const ids = held.map((row) => row.id);
    heldMeetingsByQuarter.set(quarter, ids);
    ids.forEach((id) => quarterOfHeldMeeting.set(id, quarter));
    held.forEach((row) => provinceOfHeldMeeting.set(row.id, row.province));
    await addMeetingCounts(db, ids, truth);
    const withMeetings = new Set(held.map((row) => row.province));
    for (const province of [null, ...provincesInUse]) {
      const at = scopedAtoms(province);
      // A province without a held meeting in the quarter had nobody at one: no need to ask.
      const rows =
        province === null || withMeetings.has(province)
          ? await participationByCategory(db, startsOn, endsOn, province)
          : stakeholderCategories.map((category) => ({ category, participants: 0, attendances: 0 }));
      for (const row of rows) {
        truth.set(at.participants(quarter, row.category), row.participants);
        truth.set(at.attendances(quarter, row.category), row.attendances);
      }
    }
  }
  // Meetings not held (shared minutes of a meeting still marked planned) stand alone.
  await addMeetingCounts(db, meetingsNamed.filter((meeting) => !quarterOfHeldMeeting.has(meeting.id)).map((meeting) => meeting.id), truth);
  const rows = quarters.size > 0 || membershipQuarters.size > 0 ? await readMembershipRows(db) : [];
  const folding = [...new Set([...quarters, ...membershipQuarters])];
  const membersDuringQuarter = new Map(folding.map((quarter) => [quarter, membersDuring(rows, quarter)]));
  const membersDuringQuarterIn = new Map(
    folding.map((quarter) => [
      quarter,
      new Map(provincesInUse.map((province) => [province, membersDuring(rows.filter((row) => row.province === province), quarter)])),
    ]),
  );
  for (const quarter of membershipQuarters) {
    const range = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
    const next = fiscalQuarterRange(nextFiscalQuarter(parseFiscalQuarterKey(quarter))).startsOn;
    for (const province of [null, ...provincesInUse]) {
      const at = scopedAtoms(province);
      const scoped = province === null ? rows : rows.filter((row) => row.province === province);
      for (const flow of countMembership(scoped, range.startsOn, range.endsOn)) {
        truth.set(at.membersOn(range.startsOn, flow.category), flow.atStart);
        truth.set(at.joined(quarter, flow.category), flow.joined);
        truth.set(at.left(quarter, flow.category), flow.left);
        truth.set(at.membersOn(next, flow.category), flow.atEnd);
      }
    }
  }
  if (fundingQuarters.size > 0) {
    const agreements = await readFundingFacts(db);
    for (const quarter of fundingQuarters) {
      const range = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
      for (const province of [null, ...provincesInUse]) {
        for (const [atom, value] of fundingAtomTruth(fundingSection(agreements, range, province), quarter, province)) truth.set(atom, value);
      }
    }
  }
  return {
    truth,
    heldMeetingsByQuarter,
    quarterOfHeldMeeting,
    provinceOfHeldMeeting,
    provincesInUse,
    membersDuringQuarter,
    membersDuringQuarterIn,
  };
}

/** Members of each category at some time in the quarter: who a report's rare rows are decided by. */
function membersDuring(rows: readonly MembershipRow[], quarter: string): Map<StakeholderCategory, number> {
  const range = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
  return new Map(countMembership(rows, range.startsOn, range.endsOn).map((flow) => [flow.category, flow.atStart + flow.joined]));
}

/** Provinces and territories with any member, organisation or meeting: any other one's figures are all zero. */
async function provincesWithRecords(db: Executor): Promise<string[]> {
  const found = await Promise.all(
    (['members', 'organisations', 'meetings'] as const).map((table) => db.selectFrom(table).select('province').distinct().execute()),
  );
  return [...new Set(found.flat().map((row) => row.province))];
}

/** Members present and guests per category at each meeting; zero where nobody came. */
async function addMeetingCounts(db: Executor, meetingIds: readonly number[], truth: Map<string, number>): Promise<void> {
  for (const id of meetingIds) {
    for (const category of stakeholderCategories) {
      truth.set(atoms.present(id, category), 0);
      truth.set(atoms.guests(id, category), 0);
    }
  }
  if (meetingIds.length === 0) return;
  const members = await db
    .selectFrom('meeting_attendance as a')
    .innerJoin('members as p', 'p.id', 'a.member_id')
    .select(['a.meeting_id', 'p.category', (eb) => eb.fn.countAll<number>().as('count')])
    .where('a.presence', 'in', present)
    .where('a.meeting_id', 'in', meetingIds)
    .groupBy(['a.meeting_id', 'p.category'])
    .execute();
  for (const row of members) truth.set(atoms.present(row.meeting_id, row.category), Number(row.count));
  const guests = await db
    .selectFrom('meeting_guests')
    .select(['meeting_id', 'category', 'count'])
    .where('meeting_id', 'in', meetingIds)
    .execute();
  for (const row of guests) truth.set(atoms.guests(row.meeting_id, row.category), row.count);
}
