import type { meetingOperations } from '../../shared/contract/meetings';
import { todayIsoDate } from '../../shared/domain/dates';
import { listMinutesAwaitingApproval, minutesStatusByMeeting } from '../ledger/meetings/minutes-repository';
import { listActionItems } from '../ledger/meetings/action-item-repository';
import {
  addAttendee,
  changeQuorumRule,
  markAllPresent,
  markAttendance,
  setAttendeeInterpretation,
  setGuests,
} from '../ledger/meetings/attendance-service';
import { findNextMeeting, listMeetings } from '../ledger/meetings/meeting-repository';
import { readMeetingDetail, readReadiness, readRollCall, requireMeeting } from '../ledger/meetings/meeting-reads';
import {
  addAgendaItem,
  createMeeting,
  markMeetingHeld,
  removeAgendaItem,
  reorderAgenda,
  updateAgendaItem,
  updateMeeting,
} from '../ledger/meetings/meeting-service';
import { readQuorumRule } from '../ledger/meetings/quorum-rule-setting';
import type { HandlersFor } from './handler-types';

export const meetingHandlers: HandlersFor<typeof meetingOperations> = {
  'meetings.list': async (filter, { ledger }) => ({ items: await listMeetings(ledger.db, filter) }),
  'meetings.listWithMinutes': async (_input, { ledger }) => {
    const statuses = await minutesStatusByMeeting(ledger.db);
    const meetings = await listMeetings(ledger.db, { from: null, to: null, kind: null, status: null, workingGroupId: null });
    return { items: meetings.map((meeting) => ({ meeting, minutesStatus: statuses.get(meeting.id) ?? null })) };
  },
  'meetings.get': ({ id }, { ledger }) => readMeetingDetail(ledger.db, id),
  'meetings.create': ({ meeting, useTemplate, templateLanguage }, { ledger }) =>
    createMeeting(ledger, meeting, { useTemplate, templateLanguage }),
  'meetings.update': ({ id, meeting }, { ledger }) => updateMeeting(ledger, id, meeting),
  'meetings.markHeld': ({ id }, { ledger }) => markMeetingHeld(ledger, id),
  'meetings.agenda.add': ({ meetingId, item }, { ledger }) => addAgendaItem(ledger, meetingId, item),
  'meetings.agenda.update': ({ itemId, item }, { ledger }) => updateAgendaItem(ledger, itemId, item),
  'meetings.agenda.remove': ({ itemId }, { ledger }) => removeAgendaItem(ledger, itemId),
  'meetings.agenda.reorder': ({ meetingId, itemIds }, { ledger }) => reorderAgenda(ledger, meetingId, itemIds),
  'meetings.rollCall.get': async ({ meetingId }, { ledger }) =>
    readRollCall(ledger.db, await requireMeeting(ledger.db, meetingId)),
  'meetings.rollCall.mark': ({ meetingId, memberId, presence }, { ledger }) =>
    markAttendance(ledger, meetingId, memberId, presence),
  'meetings.rollCall.markAllPresent': ({ meetingId }, { ledger }) => markAllPresent(ledger, meetingId),
  'meetings.rollCall.add': ({ meetingId, memberId }, { ledger }) => addAttendee(ledger, meetingId, memberId),
  'meetings.rollCall.setInterpretation': ({ meetingId, memberId, languageCode }, { ledger }) =>
    setAttendeeInterpretation(ledger, meetingId, memberId, languageCode),
  'meetings.rollCall.setGuests': ({ meetingId, category, count }, { ledger }) =>
    setGuests(ledger, meetingId, category, count),
  'meetings.quorumRule.get': (_input, { ledger }) => readQuorumRule(ledger.db),
  'meetings.quorumRule.set': ({ rule }, { ledger }) => changeQuorumRule(ledger, rule),
  'meetings.dashboard': async (_input, { ledger }) => {
    const today = todayIsoDate(ledger.now());
    const next = await findNextMeeting(ledger.db, today);
    const past = (await listMeetings(ledger.db, { from: null, to: null, kind: null, status: 'planned', workingGroupId: null }))
      .filter((meeting) => meeting.heldOn < today)
      .reverse();
    const pastStillPlanned = await Promise.all(
      past.map(async (meeting) => ({ meeting, attendeesPresent: (await readReadiness(ledger.db, meeting)).attendeesPresent })),
    );
    return {
      nextMeeting: next ? { meeting: next, readiness: await readReadiness(ledger.db, next) } : null,
      openActionItems: await listActionItems(ledger.db, { minutesId: null, openOnly: true }),
      minutesAwaitingApproval: await listMinutesAwaitingApproval(ledger.db),
      pastStillPlanned,
    };
  },
};
