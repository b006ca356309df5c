import type { LanguageCode } from '../../../shared/domain/languages';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Minutes } from '../../../shared/domain/minutes';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { fiscalQuarterOf, fiscalQuarterRange } from '../../../shared/domain/fiscal-quarter';
import { nameOnAgenda } from '../../../shared/domain/worker-safe-name';
import { DomainError } from '../../domain-error';
import { rareCategories } from '../privacy/rare-rows';
import { countMembership, readMembershipRows } from '../quarterly/quarterly-report-query';
import type { Executor } from '../../ledger/database';
import { listActionItems } from '../../ledger/meetings/action-item-repository';
import { listAgenda } from '../../ledger/meetings/agenda-repository';
import { listBookings } from '../../ledger/meetings/booking-repository';
import { readRollCall, requireMeeting } from '../../ledger/meetings/meeting-reads';
import { findMinutes, findMinutesIdForMeeting } from '../../ledger/meetings/minutes-repository';
import { readNetworkName, readSuppressionThreshold } from '../../ledger/reports/report-settings';
import type { ReportLanguage } from '../text/report-format';
import { listVotes } from '../../ledger/votes/vote-reads';
import { textsAsTabledAt } from '../../ledger/recommendations/recommendation-versions';
import type { AttendanceRegisterData } from './attendance-register-data';
import type { MeetingHeader, MinutesReportData, MinutesSectionData } from './meeting-report-data';
import { minutesVotes } from './minutes-votes';
import type { PlenaryPacketData } from './plenary-packet-data';

function header(meeting: Meeting): MeetingHeader {
  const { title, kind, heldOn, startsAt, endsAt, place, onlineLink } = meeting;
  return { title, kind, heldOn, startsAt, endsAt, place, onlineLink };
}

function sectionsOf(minutes: Minutes): MinutesSectionData[] {
  return minutes.sections.map((section) => ({
    agendaItemId: section.agendaItemId,
    heading: section.heading,
    notes: section.notes,
    decisions: section.decisions,
    testimonies: section.testimonies.map((testimony) => ({ speaker: testimony.speaker, summary: testimony.summary })),
  }));
}

/** Categories with fewer than threshold members in the quarter of the given day (privacy/rare-rows.ts). */
async function rareCategoriesAt(db: Executor, day: string, threshold: number): Promise<StakeholderCategory[]> {
  const { startsOn, endsOn } = fiscalQuarterRange(fiscalQuarterOf(day));
  const flows = countMembership(await readMembershipRows(db), startsOn, endsOn);
  return rareCategories(new Map(flows.map((flow) => [flow.category, flow.atStart + flow.joined])), threshold);
}

/**
 * A copy that leaves the Network names no migrant worker, whatever they consented to for the
 * members' minutes: testimony speakers appear by alias, as on agendas.
 */
async function withSharedSpeakers(
  db: Executor,
  sections: MinutesSectionData[],
  minutes: Minutes,
): Promise<MinutesSectionData[]> {
  const ids = minutes.sections.flatMap((section) => section.testimonies.map((testimony) => testimony.memberId)).filter((id): id is number => id !== null);
  const people = ids.length === 0 ? [] : await db.selectFrom('members').select(['id', 'display_name', 'alias', 'category', 'may_be_named', 'withdrawn_at']).where('id', 'in', ids).execute();
  const nameOf = new Map(
    people.map((person) => [
      person.id,
      nameOnAgenda({
        id: person.id,
        displayName: person.display_name,
        alias: person.alias,
        category: person.category as StakeholderCategory,
        mayBeNamed: person.may_be_named === 1,
        withdrawn: person.withdrawn_at !== null,
      }).name,
    ]),
  );
  return sections.map((section, index) => ({
    ...section,
    testimonies: minutes.sections[index]!.testimonies.map((testimony) => ({
      speaker: testimony.memberId !== null ? (nameOf.get(testimony.memberId) ?? testimony.speaker) : testimony.speaker,
      summary: testimony.summary,
    })),
  }));
}

export async function requireMinutes(db: Executor, meetingId: number): Promise<Minutes> {
  const minutesId = await findMinutesIdForMeeting(db, meetingId);
  const minutes = minutesId === undefined ? undefined : await findMinutes(db, minutesId);
  if (!minutes) {
    const meeting = await requireMeeting(db, meetingId);
    throw new DomainError('not_found', `"${meeting.title}" (${meeting.heldOn}) has no minutes yet: start them from the agenda first`, [], {
      reason: 'reports.minutesMissing',
      params: { title: meeting.title, heldOn: meeting.heldOn },
    });
  }
  return minutes;
}

export async function gatherMinutesReport(
  db: Executor,
  meetingId: number,
  audience: 'members' | 'shared',
  language: ReportLanguage,
): Promise<MinutesReportData> {
  const meeting = await requireMeeting(db, meetingId);
  const minutes = await requireMinutes(db, meetingId);
  const rollCall = await readRollCall(db, meeting);
  const votes = await listVotes(db, { meetingId });
  const threshold = await readSuppressionThreshold(db);
  const shared = audience === 'shared';
  return {
    meetingId,
    networkName: await readNetworkName(db, language),
    audience,
    suppressionThreshold: threshold,
    meeting: header(meeting),
    attendanceByCategory: rollCall.presentByCategory,
    rareCategories: shared ? await rareCategoriesAt(db, meeting.heldOn, threshold) : [],
    sections: shared ? await withSharedSpeakers(db, sectionsOf(minutes), minutes) : sectionsOf(minutes),
    votes: minutesVotes(votes, audience),
    actionItems: minutes.actionItems.map(({ description, owner, dueOn, status }) => ({
      description,
      owner,
      dueOn,
      status,
    })),
    approval: {
      status: minutes.status,
      circulatedOn: minutes.circulatedOn,
      approvedOn: minutes.approvedOn,
      approvedAtMeetingTitle: minutes.approvedAtMeetingTitle,
    },
    amendments: minutes.amendments.map(({ amendedOn, reason, text }) => ({ amendedOn, reason, text })),
  };
}

export async function gatherPlenaryPacket(
  db: Executor,
  meetingId: number,
  status: 'draft' | 'final',
  language: ReportLanguage,
): Promise<PlenaryPacketData> {
  const meeting = await requireMeeting(db, meetingId);
  if (meeting.kind !== 'plenary')
    throw new DomainError('invalid_input', `"${meeting.title}" is not a plenary: packets are for plenaries`, [
      { path: 'meetingId', message: 'must be a plenary' },
    ], { reason: 'reports.notAPlenary', params: { title: meeting.title, heldOn: meeting.heldOn } });
  const previous = await db
    .selectFrom('meetings')
    .select(['id', 'title', 'held_on'])
    .where('kind', '=', 'plenary')
    .where('status', '!=', 'cancelled')
    .where('held_on', '<', meeting.heldOn)
    .orderBy('held_on', 'desc')
    .executeTakeFirst();
  const previousMinutesId = previous ? await findMinutesIdForMeeting(db, previous.id) : undefined;
  const previousMinutes = previousMinutesId === undefined ? undefined : await findMinutes(db, previousMinutesId);
  const recommendations = await db
    .selectFrom('recommendations')
    .select(['id', 'title', 'kind', 'working_group_name', 'text', 'rationale'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'tabled'), eb('status_meeting_id', '=', meetingId)]),
        eb.and([eb('status', '=', 'deferred'), eb('deferred_to_meeting_id', '=', meetingId)]),
      ]),
    )
    .orderBy('id')
    .execute();
  // The packet shows the words as tabled, even once an amendment carried at the meeting changed them.
  const tabledTexts = await textsAsTabledAt(
    db,
    meetingId,
    recommendations.map((row) => row.id),
  );
  const groupMeetings = await db
    .selectFrom('meetings')
    .innerJoin('minutes', 'minutes.meeting_id', 'meetings.id')
    .select(['meetings.title', 'meetings.held_on', 'minutes.id as minutes_id'])
    .where('meetings.kind', '=', 'working_group')
    .where('meetings.status', '=', 'held')
    .where('meetings.held_on', '>', previous?.held_on ?? '0000-00-00')
    .where('meetings.held_on', '<=', meeting.heldOn)
    .orderBy('meetings.held_on')
    .execute();
  const groupUpdates = [];
  for (const group of groupMeetings) {
    const sections = await db
      .selectFrom('minutes_sections')
      .select('decisions')
      .where('minutes_id', '=', group.minutes_id)
      .orderBy('position')
      .execute();
    groupUpdates.push({
      meetingTitle: group.title,
      heldOn: group.held_on,
      decisions: sections.map((row) => row.decisions).filter((text) => text.trim() !== ''),
    });
  }
  const bookings = await listBookings(db, { meetingId, from: null, to: null });
  const languages = [
    ...new Set(bookings.filter((booking) => booking.status !== 'cancelled').map((booking) => booking.languageCode)),
  ];
  const agenda = await listAgenda(db, meetingId);
  const openItems = await listActionItems(db, { minutesId: null, openOnly: true });
  return {
    networkName: await readNetworkName(db, language),
    status,
    meeting: header(meeting),
    interpretationLanguages: languages,
    agenda: agenda.map((item) => ({
      title: item.title,
      kind: item.kind,
      presenter: item.presenterName,
      plannedMinutes: item.plannedMinutes,
    })),
    previousMinutes:
      previous && previousMinutes && previousMinutes.status !== 'approved'
        ? { meetingTitle: previous.title, heldOn: previous.held_on, sections: sectionsOf(previousMinutes) }
        : null,
    recommendations: recommendations.map((row) => ({
      title: row.title,
      kind: row.kind,
      workingGroupName: row.working_group_name,
      text: tabledTexts.get(row.id) ?? row.text,
      rationale: row.rationale,
    })),
    groupUpdates,
    openActionItems: openItems.map(({ description, owner, dueOn, status: itemStatus, meetingTitle }) => ({
      description,
      owner,
      dueOn,
      status: itemStatus,
      meetingTitle,
    })),
  };
}

export async function gatherAttendanceRegister(
  db: Executor,
  meetingId: number,
  language: ReportLanguage,
): Promise<AttendanceRegisterData> {
  const meeting = await requireMeeting(db, meetingId);
  const rows = await db
    .selectFrom('meeting_attendance as a')
    .innerJoin('members as m', 'm.id', 'a.member_id')
    .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select([
      'm.display_name',
      'm.alias',
      'm.category',
      'o.name as organisation',
      'a.added',
      'a.presence',
      'a.interpretation_language',
    ])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('m.display_name')
    .execute();
  const guests = await db
    .selectFrom('meeting_guests')
    .select(['category', 'count'])
    .where('meeting_id', '=', meetingId)
    .execute();
  return {
    networkName: await readNetworkName(db, language),
    meeting: header(meeting),
    entries: rows.map((row) => ({
      name: row.display_name,
      alias: row.alias,
      category: row.category as StakeholderCategory,
      organisation: row.organisation,
      expected: row.added === 0,
      presence: row.presence,
      interpretationLanguage: row.interpretation_language as LanguageCode | null,
    })),
    guests: guests.map((guest) => ({ category: guest.category as StakeholderCategory, count: guest.count })),
  };
}
