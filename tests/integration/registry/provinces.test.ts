import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { memberDraft } from '../../support/member-drafts';
import { meetingDraft, organisationDraft } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { ledgerRows } from '../../support/ledger-rows';

describe('provinces and territories', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => {
    await temp.close();
  });

  it('keeps British Columbia for records made without a province, and filters lists by province', async () => {
    const inBc = await callOk(temp.dispatch, 'members.create', { member: memberDraft({ displayName: 'Rosa Díaz', alias: 'Heron' }) });
    const inAlberta = await callOk(temp.dispatch, 'members.create', { member: memberDraft({ displayName: 'Ana Cruz', alias: 'Osprey', province: 'AB' }) });
    expect(inBc.province).toBe('BC');
    expect(inAlberta.province).toBe('AB');
    const albertans = await callOk(temp.dispatch, 'members.list', { province: 'AB' });
    expect(albertans.items.map((member) => member.displayName)).toEqual(['Ana Cruz']);
    expect((await callOk(temp.dispatch, 'members.list', {})).total).toBe(2);

    const calgary = await callOk(temp.dispatch, 'meetings.create', {
      meeting: meetingDraft({ title: 'Calgary forum', province: 'AB', timeZone: 'America/Edmonton' }),
    });
    await callOk(temp.dispatch, 'meetings.create', { meeting: meetingDraft({ title: 'Surrey plenary' }) });
    expect(calgary.meeting).toMatchObject({ province: 'AB', timeZone: 'America/Edmonton' });
    const inAb = await callOk(temp.dispatch, 'meetings.list', { province: 'AB' });
    expect(inAb.items.map((meeting) => meeting.title)).toEqual(['Calgary forum']);

    const organisation = await callOk(temp.dispatch, 'organisations.create', { organisation: organisationDraft({ name: 'Prairie Growers', province: 'SK' }) });
    expect(organisation.province).toBe('SK');
    const group = await callOk(temp.dispatch, 'workingGroups.create', { group: { name: 'Housing', mandate: null, status: 'active' } });
    expect(group.province).toBe('BC');
  });

  it('refuses a province or a time zone that does not exist, and the ledger refuses them too', async () => {
    const badProvince = await temp.dispatch('members.create', { member: { ...memberDraft(), province: 'XX' } });
    expect(badProvince.ok).toBe(false);
    const badZone = await temp.dispatch('meetings.create', { meeting: { ...meetingDraft(), timeZone: 'Mars/Olympus_Mons' } });
    expect(badZone.ok).toBe(false);
    await expect(ledgerRows(temp.ledger, "update members set province = 'XX'")).resolves.toBeDefined(); // no member yet: nothing to check
    await callOk(temp.dispatch, 'members.create', { member: memberDraft() });
    await expect(ledgerRows(temp.ledger, "update members set province = 'XX'")).rejects.toThrow();
  });
});
