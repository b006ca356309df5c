import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { RollCall } from '../../../shared/domain/attendance';
import type { Minutes } from '../../../shared/domain/minutes';
import { addMember, meetingInput, ok } from './meeting-fixtures';

const spanishBooking = {
  languageCode: 'es',
  mode: 'simultaneous',
  provider: 'Coastal Interpreting Co-op',
  contact: 'bookings@example.org',
  bookedMinutes: 180,
  actualMinutes: null,
  hourlyRateCents: 8_500,
  minimumChargeCents: 20_000,
  travelCents: 3_000,
  cancellationFeeCents: 10_000,
  status: 'requested',
  notes: null,
};

describe('a plenary from agenda to approved minutes', () => {
  let temp: TempLedger;
  let clock: Date;
  beforeEach(async () => {
    clock = new Date('2026-11-25T09:00:00Z');
    temp = await openTempLedger({ now: () => clock });
  });
  afterEach(async () => temp.close());

  it('runs the whole coordinator flow and locks the minutes after approval', async () => {
    const { dispatch } = temp;
    const workers: number[] = [];
    for (const alias of ['Rosa', 'Luis', 'Marta', 'Jorge']) {
      workers.push(
        await addMember(dispatch, {
          displayName: `Real ${alias}`,
          alias,
          category: 'current_migrant_worker',
          languages: ['es'],
          preferredLanguage: 'es',
        }),
      );
    }
    const unionRep = await addMember(dispatch, { displayName: 'Pat Union' });
    const guestScholar = await addMember(dispatch, {
      displayName: 'Dr Guest',
      category: 'academic_legal',
      leftOn: '2026-01-01',
    });

    // A plenary starts from the template, worker voices first.
    let detail = await ok<MeetingDetail>(dispatch, 'meetings.create', { meeting: meetingInput() });
    const meetingId = detail.meeting.id;
    expect(detail.agenda[0]?.kind).toBe('worker_voices');
    expect(detail.meeting.quarter).toMatchObject({ fiscalYear: '2026-27', fiscalQuarter: 3, calendarQuarter: 4 });

    // Build the agenda: a worker presents (shown by alias), reorder, see the timing.
    detail = await ok<MeetingDetail>(dispatch, 'meetings.agenda.add', {
      meetingId,
      item: { kind: 'presentation', title: 'Housing on farms', presenterMemberId: workers[0], plannedMinutes: 60 },
    });
    const added = detail.agenda.at(-1)!;
    expect(added).toMatchObject({ presenterName: 'Rosa', presenterIsAlias: true });
    expect(detail.readiness.timing.overrunMinutes).toBe(detail.readiness.timing.plannedMinutes - 180);
    const order = detail.agenda.map((item) => item.id);
    const reordered = [order[0]!, added.id, ...order.slice(1, -1)];
    detail = await ok<MeetingDetail>(dispatch, 'meetings.agenda.reorder', { meetingId, itemIds: reordered });
    expect(detail.agenda.map((item) => item.id)).toEqual(reordered);
    const refused = await dispatch('meetings.agenda.reorder', { meetingId, itemIds: reordered.slice(1) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // Four expected attendees need Spanish; a requested booking does not clear the warning, a confirmed one does.
    expect(detail.readiness.languageWarnings).toEqual([{ languageCode: 'es', attendees: 4, requestedOnly: false }]);
    const booking = await ok<{ id: number; estimatedCostCents: number }>(dispatch, 'interpretation.bookings.create', {
      meetingId,
      booking: spanishBooking,
    });
    expect(booking.estimatedCostCents).toBe(25_500 + 3_000);
    detail = await ok<MeetingDetail>(dispatch, 'meetings.get', { id: meetingId });
    expect(detail.readiness.languageWarnings[0]).toMatchObject({ languageCode: 'es', requestedOnly: true });
    await ok(dispatch, 'interpretation.bookings.update', {
      id: booking.id,
      booking: { ...spanishBooking, status: 'confirmed' },
    });
    detail = await ok<MeetingDetail>(dispatch, 'meetings.get', { id: meetingId });
    expect(detail.readiness.languageWarnings).toEqual([]);

    // Roll call: quorum under a two-thirds rule set in Settings.
    await ok(dispatch, 'meetings.quorumRule.set', { rule: { kind: 'fraction', numerator: 2, denominator: 3 } });
    let rollCall = await ok<RollCall>(dispatch, 'meetings.rollCall.add', { meetingId, memberId: guestScholar });
    expect(rollCall.entries).toHaveLength(6);
    expect(rollCall.quorum).toMatchObject({ votingMembers: 5, required: 4, present: 0, met: false });
    rollCall = await ok<RollCall>(dispatch, 'meetings.rollCall.mark', {
      meetingId,
      memberId: unionRep,
      presence: 'regrets',
    });
    rollCall = await ok<RollCall>(dispatch, 'meetings.rollCall.markAllPresent', { meetingId });
    rollCall = await ok<RollCall>(dispatch, 'meetings.rollCall.mark', {
      meetingId,
      memberId: workers[3],
      presence: 'remote',
    });
    rollCall = await ok<RollCall>(dispatch, 'meetings.rollCall.setGuests', {
      meetingId,
      category: 'settlement_agency',
      count: 2,
    });
    expect(rollCall.totals).toEqual({ present: 5, inPerson: 4, remote: 1, guests: 2 });
    expect(rollCall.quorum.met).toBe(true);
    expect(rollCall.presentByCategory).toEqual([
      { category: 'current_migrant_worker', members: 4, guests: 0 },
      { category: 'settlement_agency', members: 0, guests: 2 },
      { category: 'academic_legal', members: 1, guests: 0 },
    ]);
    expect(rollCall.entries.find((entry) => entry.memberId === workers[1])).toMatchObject({
      name: 'Luis',
      isAlias: true,
    });

    // Minutes from the agenda, two action items, testimony by alias.
    await ok(dispatch, 'meetings.update', { id: meetingId, meeting: meetingInput({ status: 'held' }) });
    let minutes = await ok<Minutes>(dispatch, 'minutes.start', { meetingId });
    expect(minutes.sections.map((section) => section.agendaItemId)).toEqual(reordered);
    const voices = minutes.sections[0]!;
    minutes = await ok<Minutes>(dispatch, 'minutes.testimony.add', {
      sectionId: voices.id,
      testimony: { memberId: workers[1], summary: 'Described unpaid overtime during harvest.' },
    });
    expect(minutes.sections[0]?.testimonies[0]).toMatchObject({ speaker: 'Luis', speakerIsAlias: true });
    minutes = await ok<Minutes>(dispatch, 'minutes.section.update', {
      sectionId: voices.id,
      notes: 'Four workers spoke.',
      decisions: 'Refer housing to the policy group.',
    });
    for (const description of ['Write to ESDC about housing', 'Book Tagalog interpreter for March']) {
      minutes = await ok<Minutes>(dispatch, 'minutes.actionItems.add', {
        minutesId: minutes.id,
        item: {
          description,
          sectionId: voices.id,
          ownerMemberId: unionRep,
          ownerName: null,
          dueOn: '2027-01-15',
          status: 'open',
        },
      });
    }
    expect(minutes.actionItems.map((item) => item.owner)).toEqual(['Pat Union', 'Pat Union']);

    // Draft cannot be approved; circulate; approve at the next plenary.
    const next = await ok<MeetingDetail>(dispatch, 'meetings.create', {
      meeting: meetingInput({ title: 'Spring plenary', heldOn: '2027-03-13', startsAt: '10:00', endsAt: '13:00' }),
    });
    const early = await dispatch('minutes.approve', { minutesId: minutes.id, approvedAtMeetingId: next.meeting.id });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'illegal_transition', message: expect.stringMatching(/circulate them first/) },
    });
    minutes = await ok<Minutes>(dispatch, 'minutes.circulate', { minutesId: minutes.id, circulatedOn: '2026-12-12' });
    const sameMeeting = await dispatch('minutes.approve', { minutesId: minutes.id, approvedAtMeetingId: meetingId });
    expect(sameMeeting).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'approvedAtMeetingId' }] },
    });
    // Approval is recorded once the approving meeting has taken place, not before.
    const beforeItHappens = await dispatch('minutes.approve', { minutesId: minutes.id, approvedAtMeetingId: next.meeting.id });
    expect(beforeItHappens).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        reason: 'minutes.approvalMeetingNotHeld',
        params: { title: 'Spring plenary', heldOn: '2027-03-13' },
        issues: [{ path: 'approvedAtMeetingId' }],
      },
    });
    clock = new Date('2027-03-13T22:00:00Z');
    minutes = await ok<Minutes>(dispatch, 'minutes.approve', {
      minutesId: minutes.id,
      approvedAtMeetingId: next.meeting.id,
    });
    expect(minutes).toMatchObject({
      status: 'approved',
      locked: true,
      approvedOn: '2027-03-13',
      approvedAtMeetingTitle: 'Spring plenary',
    });

    // Locked: edits refused, nothing written; an amendment is accepted beside the original.
    const edit = await dispatch('minutes.section.update', { sectionId: voices.id, notes: 'Changed', decisions: '' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/locked/) } });
    const reopen = await dispatch('minutes.returnToDraft', { minutesId: minutes.id });
    expect(reopen).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    minutes = await ok<Minutes>(dispatch, 'minutes.amend', {
      minutesId: minutes.id,
      amendment: {
        amendedOn: '2027-03-20',
        reason: 'Count of speakers corrected',
        text: 'Five workers spoke.',
        sectionId: voices.id,
      },
    });
    expect(minutes.sections[0]?.notes).toBe('Four workers spoke.');
    expect(minutes.amendments).toEqual([
      expect.objectContaining({ reason: 'Count of speakers corrected', text: 'Five workers spoke.' }),
    ]);

    // Action items still followed up after approval; open ones feed the Dashboard until done.
    const dashboard = await ok<{
      openActionItems: { id: number }[];
      minutesAwaitingApproval: unknown[];
      nextMeeting: unknown;
    }>(dispatch, 'meetings.dashboard', {});
    expect(dashboard.openActionItems).toHaveLength(2);
    expect(dashboard.minutesAwaitingApproval).toEqual([]);
    await ok(dispatch, 'minutes.actionItems.setStatus', { id: minutes.actionItems[0]!.id, status: 'done' });
    const open = await ok<{ items: unknown[] }>(dispatch, 'minutes.actionItems.listOpen', {});
    expect(open.items).toHaveLength(1);
  });

  it('warns when a plenary no longer opens with worker voices', async () => {
    const detail = await ok<MeetingDetail>(temp.dispatch, 'meetings.create', { meeting: meetingInput() });
    expect(detail.readiness.opensWithWorkerVoices).toBe(true);
    const [first, second, ...rest] = detail.agenda.map((item) => item.id);
    const swapped = await ok<MeetingDetail>(temp.dispatch, 'meetings.agenda.reorder', {
      meetingId: detail.meeting.id,
      itemIds: [second, first, ...rest],
    });
    expect(swapped.agenda[1]?.kind).toBe('worker_voices');
    expect(swapped.readiness.opensWithWorkerVoices).toBe(false);
  });
});
