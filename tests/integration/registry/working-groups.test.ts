import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMember, ok } from './registry-fixtures';

const group = (overrides: Record<string, unknown> = {}) => ({
  name: 'Policy working group',
  mandate: 'Advise the plenary on open work permits',
  status: 'active',
  ...overrides,
});

describe('working groups', () => {
  let temp: TempLedger;
  let groupId: number;
  let ana: number;
  let ben: number;
  let chen: number;

  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-25T12:00:00Z') });
    groupId = (await ok<{ id: number }>(temp.dispatch, 'workingGroups.create', { group: group() })).id;
    ana = await addMember(temp.dispatch, { displayName: 'Ana Reyes' });
    ben = await addMember(temp.dispatch, { displayName: 'Ben Okafor', category: 'union' });
    chen = await addMember(temp.dispatch, { displayName: 'Chen Wei', category: 'settlement_agency' });
  });
  afterEach(async () => temp.close());

  const add = (memberId: number, role: string, startOn = '2026-01-10', endOn: string | null = null) =>
    temp.dispatch('workingGroups.addMember', { workingGroupId: groupId, memberId, membership: { role, startOn, endOn } });

  it('lists members with their roles on the group page and the groups on the member page', async () => {
    expect((await add(ana, 'chair')).ok).toBe(true);
    expect((await add(ben, 'co_chair')).ok).toBe(true);
    expect((await add(chen, 'member', '2025-01-01', '2025-12-31')).ok).toBe(true);

    const detail = await ok<{ members: { displayName: string; role: string; current: boolean }[] }>(temp.dispatch, 'workingGroups.get', { id: groupId });
    expect(detail.members.map(({ displayName, role, current }) => ({ displayName, role, current }))).toEqual([
      { displayName: 'Ana Reyes', role: 'chair', current: true },
      { displayName: 'Ben Okafor', role: 'co_chair', current: true },
      { displayName: 'Chen Wei', role: 'member', current: false },
    ]);

    const list = await ok<{ items: { currentMemberCount: number; chairNames: string[] }[] }>(temp.dispatch, 'workingGroups.list', {});
    expect(list.items).toEqual([expect.objectContaining({ currentMemberCount: 2, chairNames: ['Ana Reyes', 'Ben Okafor'] })]);

    const anaGroups = await ok<{ items: unknown[] }>(temp.dispatch, 'workingGroups.forMember', { memberId: ana });
    expect(anaGroups.items).toEqual([expect.objectContaining({ groupName: 'Policy working group', role: 'chair', current: true })]);

    const current = await ok<{ items: { displayName: string }[] }>(temp.dispatch, 'members.list', { workingGroupId: groupId });
    expect(current.items.map((member) => member.displayName)).toEqual(['Ana Reyes', 'Ben Okafor']);
  });

  it('allows one chair at a time but several co-chairs, and one role per member at a time', async () => {
    await add(ana, 'chair');
    expect(await add(ben, 'chair', '2026-06-01')).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'membership.role' }] } });
    expect((await add(ben, 'co_chair')).ok).toBe(true);
    expect((await add(chen, 'co_chair')).ok).toBe(true);
    expect(await add(ana, 'member', '2026-03-01')).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'membership.startOn' }] } });
  });

  it('hands the chair over by ending one term and starting the next', async () => {
    const first = await ok<{ id: number }>(temp.dispatch, 'workingGroups.addMember', {
      workingGroupId: groupId,
      memberId: ana,
      membership: { role: 'chair', startOn: '2025-01-01', endOn: null },
    });
    await ok(temp.dispatch, 'workingGroups.updateMembership', { id: first.id, membership: { role: 'chair', startOn: '2025-01-01', endOn: '2026-05-31' } });
    expect((await add(ben, 'chair', '2026-06-01')).ok).toBe(true);
    const detail = await ok<{ members: { displayName: string; role: string; endOn: string | null; current: boolean }[] }>(temp.dispatch, 'workingGroups.get', { id: groupId });
    expect(detail.members.filter((member) => member.current).map((member) => member.displayName)).toEqual(['Ben Okafor']);
  });

  it('refuses bad dates, unknown roles, closed groups and duplicate names, writing nothing', async () => {
    expect(await add(ana, 'member', '2026-02-01', '2026-01-01')).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'membership.endOn' }] } });
    expect(await add(ana, 'secretary')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await temp.dispatch('workingGroups.create', { group: group({ name: 'POLICY working group' }) })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(temp.dispatch, 'workingGroups.update', { id: groupId, group: group({ status: 'closed' }) });
    expect(await add(ana, 'member')).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    const detail = await ok<{ members: unknown[]; status: string }>(temp.dispatch, 'workingGroups.get', { id: groupId });
    expect(detail).toMatchObject({ status: 'closed', members: [] });
  });

  it('keeps a withdrawn member counted in the group, under the neutral label', async () => {
    await add(ana, 'chair');
    await add(ben, 'member');
    await ok(temp.dispatch, 'members.withdraw', { id: ana, confirmErasure: true });
    const detail = await ok<{ members: { displayName: string; role: string }[] }>(temp.dispatch, 'workingGroups.get', { id: groupId });
    expect(detail.members.map((member) => `${member.displayName}:${member.role}`)).toEqual(['Withdrawn member 1:chair', 'Ben Okafor:member']);
    expect(await add(ana, 'member', '2027-01-01')).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });

  it('removes a membership entered by mistake', async () => {
    const membership = await ok<{ id: number }>(temp.dispatch, 'workingGroups.addMember', {
      workingGroupId: groupId,
      memberId: ben,
      membership: { role: 'member', startOn: '2026-01-01', endOn: null },
    });
    await ok(temp.dispatch, 'workingGroups.removeMembership', { id: membership.id });
    expect((await ok<{ members: unknown[] }>(temp.dispatch, 'workingGroups.get', { id: groupId })).members).toEqual([]);
    expect(await temp.dispatch('workingGroups.removeMembership', { id: membership.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
