import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/seed';
import { attackFundingCounts, pinned } from '../../support/funding-attacker';
import { seedFundingScenario, type FundingScenario } from '../../support/funding-scenario';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const quarter = { fiscalYear: 2026, quarter: 3 } as const;
const workerGroups = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ key: `${prefix}${index}`, sector: 'worker_advocacy' as const, size: null }));

/**
 * Four migrant-worker organisations in community action and five others in capacity building, none
 * in both: printing the five and the nine of all streams would pin the four ("<5" yet at least
 * 9 - 5), so the audit must hide more than the small count itself.
 */
const scenario: FundingScenario = {
  organisations: [{ key: 'Lead', sector: 'settlement_agency', size: 'large' }, ...workerGroups('ca', 4), ...workerGroups('cb', 5)],
  agreements: [
    {
      stream: 'community_action',
      status: 'active',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      approvedCents: 1_000_000,
      parties: [['Lead', 'lead'], ...workerGroups('ca', 4).map((group) => [group.key, 'partner'] as [string, 'partner'])],
    },
    {
      stream: 'capacity_building',
      status: 'active',
      startsOn: '2026-04-01',
      endsOn: '2027-03-31',
      approvedCents: 1_000_000,
      parties: [['Lead', 'lead'], ...workerGroups('cb', 5).map((group) => [group.key, 'mentored'] as [string, 'mentored'])],
    },
  ],
};

describe('counts of migrant-worker organisations in the funding section', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date(2027, 0, 15, 12) });
    await callOk(temp.dispatch, 'reports.settings.save', { suppressionThreshold: 5 });
    await seedFundingScenario(temp.dispatch, scenario);
  });
  afterEach(async () => temp.close());

  it('hide a small count, and whatever else would let a reader work it out', async () => {
    await callOk(temp.dispatch, 'reports.quarterly.generate', { quarter, format: 'docx', language: 'en' });
    const { items } = await callOk(temp.dispatch, 'reports.releases.list', {});
    const { cells } = await callOk(temp.dispatch, 'reports.releases.cells', { releaseId: items[0]!.id });
    const attacked = attackFundingCounts(cells, 5);
    expect(attacked.map((attack) => attack.row)).toContain('community_action');
    expect(attacked.length).toBeGreaterThan(1);
    expect(attacked.filter((attack) => pinned(attack, 5))).toEqual([]);
  });

  it('stay protected when the same report is generated again in French', async () => {
    await callOk(temp.dispatch, 'reports.quarterly.generate', { quarter, format: 'docx', language: 'en' });
    await callOk(temp.dispatch, 'reports.quarterly.generate', { quarter, format: 'xlsx', language: 'fr' });
    const { items } = await callOk(temp.dispatch, 'reports.releases.list', {});
    for (const release of items) {
      const { cells } = await callOk(temp.dispatch, 'reports.releases.cells', { releaseId: release.id });
      expect(attackFundingCounts(cells, 5).filter((attack) => pinned(attack, 5))).toEqual([]);
    }
  });

  it('an attacker given only the primary suppression would pin the small count (the scenario is a real threat)', () => {
    const naive = [
      { table: 'funding_organisations', row: 'policy', column: 'migrant_worker_organisations', period: '2026-Q3', meetingId: null, state: 'shown' as const, value: 0, marker: null },
      { table: 'funding_organisations', row: 'community_action', column: 'migrant_worker_organisations', period: '2026-Q3', meetingId: null, state: 'primary' as const, value: null, marker: '<5' },
      { table: 'funding_organisations', row: 'capacity_building', column: 'migrant_worker_organisations', period: '2026-Q3', meetingId: null, state: 'shown' as const, value: 5, marker: null },
      { table: 'funding_organisations', row: 'other', column: 'migrant_worker_organisations', period: '2026-Q3', meetingId: null, state: 'shown' as const, value: 0, marker: null },
      { table: 'funding_organisations', row: 'all', column: 'migrant_worker_organisations', period: '2026-Q3', meetingId: null, state: 'shown' as const, value: 9, marker: null },
    ];
    const [attack] = attackFundingCounts(naive, 5);
    expect(attack).toMatchObject({ row: 'community_action', possible: [4] });
    expect(pinned(attack!, 5)).toBe(true);
  });
});
