import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { ok } from './meeting-fixtures';

interface Dashboard {
  nextMeeting: {
    meeting: { title: string; heldOn: string };
    readiness: { unconfirmedBookings: number; agendaItems: number };
  } | null;
  openActionItems: unknown[];
  minutesAwaitingApproval: { status: string }[];
}

describe('demo network meetings', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-25T17:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('give every Dashboard panel something to show', async () => {
    await ok(temp.dispatch, 'ledger.loadDemo', {});
    const dashboard = await ok<Dashboard>(temp.dispatch, 'meetings.dashboard', {});
    expect(dashboard.nextMeeting?.meeting).toMatchObject({ title: 'Winter plenary (demo)', heldOn: '2026-12-16' });
    expect(dashboard.nextMeeting?.readiness).toMatchObject({ unconfirmedBookings: 1, agendaItems: 6 });
    expect(dashboard.openActionItems).toHaveLength(2);
    expect(dashboard.minutesAwaitingApproval).toEqual([expect.objectContaining({ status: 'circulated' })]);
    const rollCall = await ok<{ totals: { present: number } }>(temp.dispatch, 'meetings.rollCall.get', {
      meetingId: 1,
    });
    expect(rollCall.totals.present).toBeGreaterThan(0);
  });
});
