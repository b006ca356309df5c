import {
  fiscalQuarterKey,
  fiscalQuarterOf,
  fiscalQuarterRange,
  nextFiscalQuarter,
  parseFiscalQuarterKey,
} from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../../ledger/database';
import {
  countMembership,
  participationByCategory,
  readMembershipRows,
} from '../quarterly/quarterly-report-query';
import { atoms, parseAtom } from './atom-keys';
import { fundingAtomTruth } from '../quarterly/funding/funding-cells';
import { fundingSection } from '../quarterly/funding/funding-section-data';
import { readFundingFacts } from '../quarterly/funding/funding-section-query';
import type { DisclosureFacts } from './disclosure-facts';

const present = ['in_person', 'remote'] as const;

/**
 * The true value of every atom the given cells name, and of every atom the relations between them
 * bring in: each held meeting of each quarter involved, participants and attendances of those
 * quarters, membership at the start and end of each quarter whose flow is published, and the
 * organisations of each quarter's funded agreements.
 */
export async function gatherDisclosureFacts(db: Executor, atomKeys: Iterable<string>): Promise<DisclosureFacts> {
  const quarters = new Set<string>();
  const membershipQuarters = new Set<string>();
  const meetingIds = new Set<number>();
  const fundingQuarters = new Set<string>();
  for (const key of atomKeys) {
    const atom = parseAtom(key);
    if (atom.kind === 'P' || atom.kind === 'A') quarters.add(atom.scope);
    if (atom.kind === 'M' || atom.kind === 'G') meetingIds.add(Number(atom.scope));
    if (atom.kind === 'J' || atom.kind === 'L') membershipQuarters.add(atom.scope);
    if (atom.kind === 'N') membershipQuarters.add(fiscalQuarterKey(fiscalQuarterOf(atom.scope)));
    if (atom.kind === 'FW' || atom.kind === 'FP') fundingQuarters.add(atom.scope);
  }
  const truth = new Map<string, number>();
  const quarterOfHeldMeeting = new Map<number, string>();
  const named = meetingIds.size === 0 ? [] : await db.selectFrom('meetings').select(['id', 'held_on', 'status']).where('id', 'in', [...meetingIds]).execute();
  for (const meeting of named) {
    if (meeting.status === 'held') quarters.add(fiscalQuarterKey(fiscalQuarterOf(meeting.held_on)));
  }
  const heldMeetingsByQuarter = new Map<string, number[]>();
  for (const quarter of [...quarters].sort()) {
    const { startsOn, endsOn } = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
    const held = await db
      .selectFrom('meetings')
      .select('id')
      .where('status', '=', 'held')
      .where('held_on', '>=', startsOn)
      .where('held_on', '<=', endsOn)
      .orderBy('id')
      .execute();
    const ids = held.map((row) => row.id);
    heldMeetingsByQuarter.set(quarter, ids);
    ids.forEach((id) => quarterOfHeldMeeting.set(id, quarter));
    await addMeetingCounts(db, ids, truth);
    for (const row of await participationByCategory(db, startsOn, endsOn)) {
      truth.set(atoms.participants(quarter, row.category), row.participants);
      truth.set(atoms.attendances(quarter, row.category), row.attendances);
    }
  }
  // Meetings not held (shared minutes of a meeting still marked planned) stand alone.
  await addMeetingCounts(db, named.filter((meeting) => !quarterOfHeldMeeting.has(meeting.id)).map((meeting) => meeting.id), truth);
  const rows = quarters.size > 0 || membershipQuarters.size > 0 ? await readMembershipRows(db) : [];
  const membersDuringQuarter = new Map(
    [...quarters].map((quarter) => {
      const range = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
      return [quarter, new Map(countMembership(rows, range.startsOn, range.endsOn).map((flow) => [flow.category, flow.atStart + flow.joined]))];
    }),
  );
  if (membershipQuarters.size > 0) {
    for (const quarter of membershipQuarters) {
      const range = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
      const next = fiscalQuarterRange(nextFiscalQuarter(parseFiscalQuarterKey(quarter))).startsOn;
      for (const flow of countMembership(rows, range.startsOn, range.endsOn)) {
        truth.set(atoms.membersOn(range.startsOn, flow.category), flow.atStart);
        truth.set(atoms.joined(quarter, flow.category), flow.joined);
        truth.set(atoms.left(quarter, flow.category), flow.left);
        truth.set(atoms.membersOn(next, flow.category), flow.atEnd);
      }
    }
  }
  if (fundingQuarters.size > 0) {
    const agreements = await readFundingFacts(db);
    for (const quarter of fundingQuarters) {
      const range = fiscalQuarterRange(parseFiscalQuarterKey(quarter));
      for (const [atom, value] of fundingAtomTruth(fundingSection(agreements, range), quarter)) truth.set(atom, value);
    }
  }
  return { truth, heldMeetingsByQuarter, quarterOfHeldMeeting, membersDuringQuarter };
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
