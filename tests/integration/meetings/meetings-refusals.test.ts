import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import { addMember, meetingInput, ok } from './meeting-fixtures';

async function auditCount(temp: TempLedger): Promise<number> {
  const { count } = await temp.ledger.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

describe('meetings refuse bad input and write nothing', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-25T09:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('names the fields of a bad booking and leaves the ledger untouched', async () => {
    const detail = await ok<MeetingDetail>(temp.dispatch, 'meetings.create', { meeting: meetingInput() });
    const before = await auditCount(temp);
    const result = await temp.dispatch('interpretation.bookings.create', {
      meetingId: detail.meeting.id,
      booking: {
        languageCode: 'xx',
        mode: 'simultaneous',
        provider: '',
        contact: null,
        bookedMinutes: 90,
        actualMinutes: 60,
        hourlyRateCents: 85.5,
        minimumChargeCents: 0,
        travelCents: -1,
        cancellationFeeCents: 0,
        status: 'confirmed',
        notes: null,
      },
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : (result.error.issues ?? []).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'booking.languageCode',
        'booking.provider',
        'booking.hourlyRateCents',
        'booking.travelCents',
      ]),
    );
    expect(await auditCount(temp)).toBe(before);
    const list = await ok<{ items: unknown[] }>(temp.dispatch, 'interpretation.bookings.list', {});
    expect(list.items).toEqual([]);
  });

  it('records an audit entry for each change', async () => {
    const before = await auditCount(temp);
    await ok(temp.dispatch, 'meetings.create', { meeting: meetingInput() });
    await ok(temp.dispatch, 'meetings.quorumRule.set', { rule: { kind: 'count', count: 12 } });
    expect(await auditCount(temp)).toBe(before + 2);
    expect(await ok(temp.dispatch, 'meetings.quorumRule.get', {})).toEqual({ kind: 'count', count: 12 });
  });

  it('refuses marking someone who is not on the roll call, and unknown meetings', async () => {
    const forum = await ok<MeetingDetail>(temp.dispatch, 'meetings.create', {
      meeting: meetingInput({ kind: 'workers_forum', title: 'Forum' }),
    });
    expect(forum.agenda).toEqual([]);
    const memberId = await addMember(temp.dispatch, { displayName: 'Not Listed' });
    const mark = await temp.dispatch('meetings.rollCall.mark', {
      meetingId: forum.meeting.id,
      memberId,
      presence: 'in_person',
    });
    expect(mark).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/add them to the roll call/) },
    });
    const missing = await temp.dispatch('meetings.get', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses amendments before approval and minutes twice', async () => {
    const detail = await ok<MeetingDetail>(temp.dispatch, 'meetings.create', { meeting: meetingInput() });
    const minutes = await ok<{ id: number }>(temp.dispatch, 'minutes.start', { meetingId: detail.meeting.id });
    const again = await temp.dispatch('minutes.start', { meetingId: detail.meeting.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const amend = await temp.dispatch('minutes.amend', {
      minutesId: minutes.id,
      amendment: { amendedOn: '2026-12-10', reason: 'typo', text: 'fixed', sectionId: null },
    });
    expect(amend).toMatchObject({
      ok: false,
      error: { code: 'illegal_transition', message: expect.stringMatching(/edited directly/) },
    });
    const early = await temp.dispatch('minutes.circulate', { minutesId: minutes.id, circulatedOn: '2026-12-01' });
    expect(early).toMatchObject({ ok: false, error: { issues: [{ path: 'circulatedOn' }] } });
  });
});
