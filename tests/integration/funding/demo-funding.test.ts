import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoNetwork } from '../../../electron/demo/load-demo-network';
import { callOk } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

/** Two "today"s on either side of the July cut-over the demo's split claim depends on. */
describe.each([new Date(2026, 10, 25, 12), new Date(2027, 4, 3, 12)])('the demo network on %s', (now) => {
  let temp: TempLedger;
  afterEach(async () => temp.close());

  it('has agreements in every state, a claim split at March 31, reports due and overdue, and partnerships', async () => {
    temp = await openTempLedger({ now: () => now });
    await callOk(temp.dispatch, 'ledger.loadDemo', {});
    const { items } = await callOk(temp.dispatch, 'funding.agreements.list', {});
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['active', 'approved', 'proposed', 'closed']));
    for (const item of items) expect(item.balanceCents).toBeGreaterThanOrEqual(0);

    const caregivers = items.find((item) => item.stream === 'capacity_building')!;
    const detail = await callOk(temp.dispatch, 'funding.agreements.get', { id: caregivers.id });
    expect(detail.claims.some((claim) => claim.byFiscalYear.length === 2)).toBe(true);
    expect(detail.parties.map((party) => party.role)).toEqual(['lead', 'mentored', 'mentor']);

    const closed = await callOk(temp.dispatch, 'funding.agreements.get', { id: items.find((item) => item.status === 'closed')!.id });
    expect(closed.money).toMatchObject({ approvedCents: 3_450_000, paidCents: 3_450_000, balanceCents: 0 });
    expect(closed.amendments).toHaveLength(1);

    const due = await callOk(temp.dispatch, 'funding.due', {});
    expect(due.overdue.length).toBeGreaterThan(0);
    expect(due.dueSoon.length).toBeGreaterThan(0);

    const grassroots = (await callOk(temp.dispatch, 'organisations.list', { search: 'Caregivers United' })).items[0]!;
    const page = await callOk(temp.dispatch, 'funding.organisation', { organisationId: grassroots.id });
    expect(page.mentors.map((mentor) => mentor.name)).toEqual(['Migrant Worker Legal Clinic (demo)']);
  });
});

describe('a small demo network', () => {
  let temp: TempLedger;
  afterEach(async () => temp.close());

  it('still has every agreement, its organisations made where no member named them', async () => {
    temp = await openTempLedger({ now: () => new Date(2026, 10, 25, 12) });
    await loadDemoNetwork(temp.ledger, { memberCount: 12, seed: 3 });
    const { items } = await callOk(temp.dispatch, 'funding.agreements.list', {});
    expect(items.map((item) => item.title)).toHaveLength(5);
    for (const item of items) expect(item.paidCents).toBeLessThanOrEqual(item.approvedCents);
    const caregivers = await callOk(temp.dispatch, 'funding.agreements.get', { id: items.find((item) => item.stream === 'capacity_building')!.id });
    expect(caregivers.money.paidCents).toBe(6_880_000);
  });
});
