import { agendaTiming } from '../../../shared/domain/agenda';
import { countPresentByCategory, isPresent, isStillExpected, type RollCall } from '../../../shared/domain/attendance';
import { missingLanguageWarnings } from '../../../shared/domain/interpretation';
import type { Meeting } from '../../../shared/domain/meeting';
import type { MeetingDetail, MeetingReadiness } from '../../../shared/domain/meeting-detail';
import { quorumStatus } from '../../../shared/domain/quorum';
import { notFound } from '../../domain-error';
import type { Executor } from '../database';
import { listAgenda } from './agenda-repository';
import { listGuests, listRollCall } from './attendance-repository';
import { listBookings } from './booking-repository';
import { findMeeting } from './meeting-repository';
import { readQuorumRule } from './quorum-rule-setting';
import { readNoticeStatus } from '../notices/notice-status';

export async function requireMeeting(db: Executor, id: number): Promise<Meeting> {
  const meeting = await findMeeting(db, id);
  if (!meeting) throw notFound('meeting', id);
  return meeting;
}

export async function readRollCall(db: Executor, meeting: Meeting): Promise<RollCall> {
  const entries = await listRollCall(db, meeting);
  const guests = await listGuests(db, meeting.id);
  const present = entries.filter((entry) => isPresent(entry.presence));
  const expected = entries.filter((entry) => entry.expected).length;
  // Meetings without an expected list (forum, government network) count those on the roll call.
  const votingMembers = expected > 0 ? expected : entries.length;
  return {
    meetingId: meeting.id,
    entries,
    guests,
    presentByCategory: countPresentByCategory(entries, guests),
    totals: {
      present: present.length,
      inPerson: present.filter((entry) => entry.presence === 'in_person').length,
      remote: present.filter((entry) => entry.presence === 'remote').length,
      guests: guests.reduce((sum, guest) => sum + guest.count, 0),
    },
    quorum: quorumStatus(await readQuorumRule(db), votingMembers, present.length),
  };
}

export async function readReadiness(db: Executor, meeting: Meeting): Promise<MeetingReadiness> {
  const agenda = await listAgenda(db, meeting.id);
  const entries = await listRollCall(db, meeting);
  const bookings = await listBookings(db, { meetingId: meeting.id, from: null, to: null });
  const needs = entries.filter((entry) => isStillExpected(entry.presence)).map((entry) => entry.interpretationLanguage);
  return {
    agendaItems: agenda.length,
    timing: agendaTiming(agenda, meeting.startsAt, meeting.endsAt),
    opensWithWorkerVoices: meeting.kind !== 'plenary' || agenda[0]?.kind === 'worker_voices',
    unconfirmedBookings: bookings.filter((booking) => booking.status === 'requested').length,
    languageWarnings: missingLanguageWarnings(needs, bookings),
    packetGenerated: meeting.packetGeneratedAt !== null,
    attendeesPresent: entries.filter((entry) => isPresent(entry.presence)).length,
    notices: await readNoticeStatus(db, meeting),
  };
}

export async function readMeetingDetail(db: Executor, id: number): Promise<MeetingDetail> {
  const meeting = await requireMeeting(db, id);
  const minutes = await db
    .selectFrom('minutes')
    .select(['id', 'status'])
    .where('meeting_id', '=', id)
    .executeTakeFirst();
  return {
    meeting,
    agenda: await listAgenda(db, id),
    readiness: await readReadiness(db, meeting),
    minutes: minutes ?? null,
  };
}
