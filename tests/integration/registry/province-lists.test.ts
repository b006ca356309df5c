import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { memberDraft } from '../../support/member-drafts';
import { seedOrganisation } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

describe('the organisations and working groups lists by province or territory', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => {
    await temp.close();
  });

  it('lists the organisations of one province, with their province, alone or with a search', async () => {
    await seedOrganisation(temp.dispatch, { name: 'Fraser Valley Settlement Services' });
    await seedOrganisation(temp.dispatch, { name: 'Prairie Growers Association', province: 'SK' });
    await seedOrganisation(temp.dispatch, { name: 'Regina Newcomer Centre', province: 'SK' });
    await seedOrganisation(temp.dispatch, { name: 'Centre des travailleurs agricoles', province: 'QC' });
    // People counts still come with the filter: the join does not multiply or drop rows.
    await callOk(temp.dispatch, 'members.create', { member: memberDraft({ displayName: 'Lena Park', organisationName: 'Prairie Growers Association', province: 'SK' }) });

    const saskatchewan = await callOk(temp.dispatch, 'organisations.list', { province: 'SK' });
    expect(saskatchewan.items.map((item) => [item.name, item.province, item.peopleCount])).toEqual([
      ['Prairie Growers Association', 'SK', 1],
      ['Regina Newcomer Centre', 'SK', 0],
    ]);
    expect((await callOk(temp.dispatch, 'organisations.list', { province: 'SK', search: 'regina' })).items.map((item) => item.name)).toEqual([
      'Regina Newcomer Centre',
    ]);
    expect((await callOk(temp.dispatch, 'organisations.list', { province: 'BC', search: 'regina' })).items).toEqual([]);
    expect((await callOk(temp.dispatch, 'organisations.list', { province: 'NU' })).items).toEqual([]);
    const everyProvince = await callOk(temp.dispatch, 'organisations.list', { province: null });
    expect(everyProvince.items.map((item) => item.province).sort()).toEqual(['BC', 'QC', 'SK', 'SK']);
  });

  it('lists the working groups of one province, with their size, alone or with a status', async () => {
    const housing = await callOk(temp.dispatch, 'workingGroups.create', { group: { name: 'Housing', mandate: null, status: 'active', province: 'ON' } });
    await callOk(temp.dispatch, 'workingGroups.create', { group: { name: 'Harvest outreach', mandate: null, status: 'closed', province: 'ON' } });
    const policy = await callOk(temp.dispatch, 'workingGroups.create', { group: { name: 'Policy', mandate: null, status: 'active' } });
    const ontarian = await callOk(temp.dispatch, 'members.create', { member: memberDraft({ displayName: 'Joy Mensah', alias: 'Kestrel', province: 'ON' }) });
    const britishColumbian = await callOk(temp.dispatch, 'members.create', { member: memberDraft({ displayName: 'Rosa Díaz', alias: 'Heron' }) });
    const chair = { role: 'chair', startOn: '2024-06-01', endOn: null } as const;
    await callOk(temp.dispatch, 'workingGroups.addMember', { workingGroupId: housing.id, memberId: ontarian.id, membership: chair });
    await callOk(temp.dispatch, 'workingGroups.addMember', { workingGroupId: policy.id, memberId: britishColumbian.id, membership: chair });

    const ontario = await callOk(temp.dispatch, 'workingGroups.list', { province: 'ON' });
    expect(ontario.items.map((group) => [group.name, group.province, group.status])).toEqual([
      ['Harvest outreach', 'ON', 'closed'],
      ['Housing', 'ON', 'active'],
    ]);
    // Sizes and chairs are each group's own, whatever else the filter left out.
    expect(ontario.items.find((group) => group.name === 'Housing')).toMatchObject({ currentMemberCount: 1, chairNames: ['Joy Mensah'] });
    expect((await callOk(temp.dispatch, 'workingGroups.list', { province: 'ON', status: 'active' })).items.map((group) => group.name)).toEqual(['Housing']);
    const british = await callOk(temp.dispatch, 'workingGroups.list', { province: 'BC', status: 'active' });
    expect(british.items).toEqual([expect.objectContaining({ name: 'Policy', province: 'BC', currentMemberCount: 1, chairNames: ['Rosa Díaz'] })]);
    expect((await callOk(temp.dispatch, 'workingGroups.list', { province: 'YT' })).items).toEqual([]);
    expect((await callOk(temp.dispatch, 'workingGroups.list', {})).items).toHaveLength(3);
  });

  it('refuses a province that does not exist, naming the field', async () => {
    for (const operation of ['organisations.list', 'workingGroups.list'] as const) {
      const refused = await temp.dispatch(operation, { province: 'BCC' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(JSON.stringify(refused)).toContain('province');
    }
  });
});
