import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { RollCall } from '../../../shared/domain/attendance';
import { addMember, meetingInput, ok } from './meeting-fixtures';

describe('working-group meetings', () => {
  let temp: TempLedger;
  let groupId: number;
  let otherGroupId: number;

  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-25T09:00:00Z') });
    groupId = (await ok<{ id: number }>(temp.dispatch, 'workingGroups.create', { group: { name: 'Housing', mandate: null, status: 'active' } })).id;
    otherGroupId = (await ok<{ id: number }>(temp.dispatch, 'workingGroups.create', { group: { name: 'Policy', mandate: null, status: 'active' } })).id;
  });
  afterEach(async () => temp.close());

  async function join(memberId: number, workingGroupId: number, startOn: string, endOn: string | null): Promise<void> {
    await ok(temp.dispatch, 'workingGroups.addMember', { workingGroupId, memberId, membership: { role: 'member', startOn, endOn } });
  }

  async function groupMeeting(heldOn: string, workingGroupId = groupId): Promise<number> {
    const detail = await ok<MeetingDetail>(temp.dispatch, 'meetings.create', {
      meeting: meetingInput({ kind: 'working_group', workingGroupId, title: 'Housing group', heldOn }),
    });
    return detail.meeting.id;
  }

  it("expects the group's members on the meeting date, not former, future or withdrawn members", async () => {
    const current = await addMember(temp.dispatch, { displayName: 'Current Chair' });
    const endsThatDay = await addMember(temp.dispatch, { displayName: 'Leaves That Day' });
    const former = await addMember(temp.dispatch, { displayName: 'Left Before' });
    const future = await addMember(temp.dispatch, { displayName: 'Joins Later' });
    const withdrawn = await addMember(temp.dispatch, { displayName: 'Will Withdraw' });
    const elsewhere = await addMember(temp.dispatch, { displayName: 'Other Group Only' });
    await join(current, groupId, '2025-01-01', null);
    await join(endsThatDay, groupId, '2025-01-01', '2026-12-05');
    await join(former, groupId, '2025-01-01', '2026-06-30');
    await join(future, groupId, '2027-01-01', null);
    await join(withdrawn, groupId, '2025-01-01', null);
    await join(elsewhere, otherGroupId, '2025-01-01', null);
    await ok(temp.dispatch, 'members.withdraw', { id: withdrawn, confirmErasure: true });

    const meetingId = await groupMeeting('2026-12-05');
    const rollCall = await ok<RollCall>(temp.dispatch, 'meetings.rollCall.get', { meetingId });
    expect(rollCall.entries.map((entry) => entry.memberId).sort()).toEqual([current, endsThatDay].sort());
    expect(rollCall.entries.every((entry) => entry.expected)).toBe(true);

    // Someone added by hand is on the roll call but not counted as expected.
    const added = await ok<RollCall>(temp.dispatch, 'meetings.rollCall.add', { meetingId, memberId: elsewhere });
    expect(added.entries.find((entry) => entry.memberId === elsewhere)).toMatchObject({ expected: false });

    // A withdrawn member cannot be added by hand either, and the member list says who withdrew (the picker hides them).
    const refused = await temp.dispatch('meetings.rollCall.add', { meetingId, memberId: withdrawn });
    expect(refused).toMatchObject({ ok: false, error: { code: 'illegal_transition', issues: [{ path: 'memberId' }] } });
    const listed = await ok<{ items: { id: number; withdrawnAt: string | null }[] }>(temp.dispatch, 'members.list', {});
    expect(listed.items.find((member) => member.id === withdrawn)?.withdrawnAt).toEqual(expect.any(String));
    expect(listed.items.find((member) => member.id === current)?.withdrawnAt).toBeNull();
  });

  it('refuses a working group that does not exist, naming the field, and writes nothing', async () => {
    const created = await temp.dispatch('meetings.create', {
      meeting: meetingInput({ kind: 'working_group', workingGroupId: 999, title: 'Ghost group' }),
    });
    expect(created).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'meeting.workingGroupId', message: 'is not a working group in the ledger' }] },
    });
    expect((await ok<{ items: unknown[] }>(temp.dispatch, 'meetings.list', {})).items).toHaveLength(0);

    const meetingId = await groupMeeting('2026-12-05');
    const updated = await temp.dispatch('meetings.update', {
      id: meetingId,
      meeting: meetingInput({ kind: 'working_group', workingGroupId: 999, title: 'Moved' }),
    });
    expect(updated).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'meeting.workingGroupId' }] } });
    const detail = await ok<MeetingDetail>(temp.dispatch, 'meetings.get', { id: meetingId });
    expect(detail.meeting).toMatchObject({ workingGroupId: groupId, title: 'Housing group' });
  });

  it("lists one group's meetings", async () => {
    const first = await groupMeeting('2026-10-01');
    const second = await groupMeeting('2026-12-01');
    await groupMeeting('2026-11-01', otherGroupId);
    await ok(temp.dispatch, 'meetings.create', { meeting: meetingInput() });
    const listed = await ok<{ items: { id: number }[] }>(temp.dispatch, 'meetings.list', { workingGroupId: groupId });
    expect(listed.items.map((meeting) => meeting.id)).toEqual([second, first]);
  });
});
