import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMember, ok } from './registry-fixtures';

const organisation = (overrides: Record<string, unknown> = {}) => ({
  name: 'Fraser Valley Settlement Services',
  sector: 'settlement_agency',
  cityOrRegion: 'Abbotsford',
  website: 'https://fvss.example.org',
  ...overrides,
});

describe('organisations', () => {
  let temp: TempLedger;

  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => temp.close());

  it('keeps an organisation with its fields and lists its member people', async () => {
    const created = await ok<{ id: number }>(temp.dispatch, 'organisations.create', { organisation: organisation() });
    await addMember(temp.dispatch, { displayName: 'Dana Singh', category: 'settlement_agency', organisationName: 'fraser valley settlement services' });
    await addMember(temp.dispatch, { displayName: 'Eli Brown', category: 'settlement_agency', organisationName: 'Fraser Valley Settlement Services' });
    await addMember(temp.dispatch, { displayName: 'Unrelated Person' });

    const detail = await ok<Record<string, unknown>>(temp.dispatch, 'organisations.get', { id: created.id });
    expect(detail).toMatchObject({ name: 'Fraser Valley Settlement Services', sector: 'settlement_agency', cityOrRegion: 'Abbotsford', website: 'https://fvss.example.org', networkMemberId: null });
    expect((detail.people as { displayName: string }[]).map((person) => person.displayName)).toEqual(['Dana Singh', 'Eli Brown']);

    const list = await ok<{ items: { name: string; peopleCount: number }[] }>(temp.dispatch, 'organisations.list', { search: 'fraser' });
    expect(list.items).toEqual([expect.objectContaining({ name: 'Fraser Valley Settlement Services', peopleCount: 2 })]);
  });

  it('enrols the organisation itself as a member of kind organisation, counted in its sector', async () => {
    const created = await ok<{ id: number }>(temp.dispatch, 'organisations.create', { organisation: organisation() });
    const enrolled = await ok<{ networkMemberId: number }>(temp.dispatch, 'organisations.enrolAsMember', { id: created.id, joinedOn: '2024-09-01' });
    const member = await ok(temp.dispatch, 'members.get', { id: enrolled.networkMemberId });
    expect(member).toMatchObject({ kind: 'organisation', displayName: 'Fraser Valley Settlement Services', category: 'settlement_agency', joinedOn: '2024-09-01' });
    expect(await temp.dispatch('organisations.enrolAsMember', { id: created.id, joinedOn: '2024-09-01' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // Renaming the organisation renames its member record, and search finds the new name.
    await ok(temp.dispatch, 'organisations.update', { id: created.id, organisation: organisation({ name: 'Valley Newcomer Hub', sector: 'other_civil_society' }) });
    expect(await ok(temp.dispatch, 'members.get', { id: enrolled.networkMemberId })).toMatchObject({ displayName: 'Valley Newcomer Hub', category: 'other_civil_society' });
    expect((await ok<{ total: number }>(temp.dispatch, 'members.list', { search: 'newcomer hub' })).total).toBe(1);
    expect((await ok<{ total: number }>(temp.dispatch, 'members.list', { search: 'fraser valley' })).total).toBe(0);
  });

  it('refuses a duplicate name, a non-web address, and enrolment without a sector', async () => {
    const created = await ok<{ id: number }>(temp.dispatch, 'organisations.create', { organisation: organisation({ sector: null }) });
    expect(await temp.dispatch('organisations.create', { organisation: organisation({ name: 'FRASER VALLEY SETTLEMENT SERVICES' }) })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'organisation.name' }] },
    });
    expect(await temp.dispatch('organisations.update', { id: created.id, organisation: organisation({ website: 'javascript:alert(1)' }) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'organisation.website' }] },
    });
    expect(await temp.dispatch('organisations.enrolAsMember', { id: created.id, joinedOn: '2024-09-01' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await ok<{ items: unknown[] }>(temp.dispatch, 'organisations.list', {})).items).toHaveLength(1);
  });
});
