import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { callOk, markPresent, seedMeeting, seedMember } from '../../support/seed';

describe('a meeting is recorded as held once it has happened and its roll call was taken', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-12-10T20:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('refuses a meeting still to come, then one without a roll call, then records it held', async () => {
    const { dispatch } = temp;
    const future = await seedMeeting(dispatch, { title: 'Spring plenary', heldOn: '2027-03-13' });
    const early = await dispatch('meetings.markHeld', { id: future.meeting.id });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'illegal_transition', reason: 'meeting.heldInFuture', params: { title: 'Spring plenary', heldOn: '2027-03-13' } },
    });

    const past = await seedMeeting(dispatch, { title: 'Winter plenary', heldOn: '2026-12-05' });
    const empty = await dispatch('meetings.markHeld', { id: past.meeting.id });
    expect(empty).toMatchObject({ ok: false, error: { reason: 'meeting.heldWithoutRollCall' } });

    const dashboard = await callOk(dispatch, 'meetings.dashboard', {});
    expect(dashboard.pastStillPlanned).toEqual([{ meeting: expect.objectContaining({ title: 'Winter plenary' }), attendeesPresent: 0 }]);

    const member = await seedMember(dispatch, { displayName: 'Rosa Flores', alias: 'Rosa' });
    await markPresent(dispatch, past.meeting.id, [member.id]);
    const held = await callOk(dispatch, 'meetings.markHeld', { id: past.meeting.id });
    expect(held.meeting.status).toBe('held');
    expect((await callOk(dispatch, 'meetings.dashboard', {})).pastStillPlanned).toEqual([]);
    const audit = await callOk(dispatch, 'audit.list', { operation: 'meetings.markHeld' });
    expect(audit.items).toHaveLength(1);
  });
});
