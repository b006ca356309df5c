import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAtom } from '../../../electron/reports/disclosure/atom-keys';
import { definitionalRelations } from '../../../electron/reports/disclosure/definitional-relations';
import { gatherDisclosureFacts } from '../../../electron/reports/disclosure/disclosure-facts-query';
import { evaluateTerms } from '../../../electron/reports/disclosure/terms';
import { quarterlyCells } from '../../../electron/reports/quarterly/quarterly-cells';
import { gatherQuarterlyReport } from '../../../electron/reports/quarterly/quarterly-report-query';
import type { ProvinceCode } from '../../../shared/domain/provinces';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { seedFundingScenario, type FundingScenario } from '../../support/funding-scenario';
import { writeSmallNetwork, type SmallNetwork } from '../../support/small-network';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const provinces = ['BC', 'AB', 'ON'] as const satisfies readonly ProvinceCode[];
const quarters = [
  { key: { fiscalYear: 2026, quarter: 2 }, days: ['2026-07-14', '2026-08-20', '2026-09-09'] },
  { key: { fiscalYear: 2026, quarter: 3 }, days: ['2026-10-08', '2026-11-19', '2026-12-03'] },
] as const;

/** Members and meetings spread over three provinces; members travel to other provinces' meetings. */
const networkArbitrary = fc
  .record({
    members: fc.array(
      fc.record({
        category: fc.constantFrom(...stakeholderCategories),
        province: fc.constantFrom(...provinces),
        shape: fc.integer({ min: 0, max: 6 }),
      }),
      { minLength: 10, maxLength: 60 },
    ),
    meetings: fc.array(fc.record({ province: fc.constantFrom(...provinces), day: fc.nat(5), turnout: fc.double({ min: 0.1, max: 0.9, noNaN: true }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    coin: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 100, maxLength: 100 }),
    guests: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ members, meetings, coin, guests }): SmallNetwork => {
    const people = members.map(({ category, province, shape }) => ({
      category,
      province,
      joinedOn: shape === 1 ? '2026-08-01' : shape === 2 ? '2026-11-01' : '2025-01-15',
      leftOn: shape === 3 ? '2026-09-15' : shape === 4 ? '2026-12-15' : null,
    }));
    let flip = 0;
    return {
      members: people,
      meetings: meetings.map(({ province, day, turnout }, index) => {
        const heldOn = quarters[day % 2]!.days[day % 3]!;
        const present = people.flatMap((member, i) =>
          member.joinedOn <= heldOn && (member.leftOn === null || member.leftOn > heldOn) && coin[flip++ % 100]! < turnout ? [i] : [],
        );
        return { heldOn, province, present, guests: [{ category: stakeholderCategories[index % 12]!, count: guests[index]! }] };
      }),
    };
  });

/** Organisations in two provinces, one agreement across both, one organisation in two streams. */
const funding: FundingScenario = {
  organisations: [
    { key: 'A', sector: 'settlement_agency', size: 'large', province: 'BC' },
    { key: 'B', sector: 'worker_advocacy', size: 'grassroots', province: 'BC' },
    { key: 'C', sector: 'worker_advocacy', size: 'small', province: 'AB' },
    { key: 'D', sector: 'current_migrant_worker', size: 'grassroots', province: 'AB' },
    { key: 'E', sector: 'union', size: 'medium', province: 'ON' },
  ],
  agreements: [
    { stream: 'community_action', status: 'active', startsOn: '2026-04-01', endsOn: '2027-09-30', approvedCents: 1_000_000, parties: [['A', 'lead'], ['B', 'mentored'], ['C', 'partner']] },
    { stream: 'policy', status: 'active', startsOn: '2026-06-01', endsOn: '2027-03-31', approvedCents: 500_000, parties: [['E', 'lead'], ['D', 'mentored'], ['C', 'partner']] },
  ],
};

let temp: TempLedger | undefined;
afterEach(async () => {
  await temp?.close();
  temp = undefined;
});

describe('the relations between national and provincial figures hold by definition (property)', () => {
  it('on random ledgers, the true figures satisfy every relation the audit uses, for the national and every provincial report', async () => {
    await fc.assert(
      fc.asyncProperty(networkArbitrary, async (network) => {
        await temp?.close();
        temp = await openTempLedger({ now: () => new Date('2027-01-20T10:00:00Z') });
        const written = await writeSmallNetwork(temp.ledger, network);
        await seedFundingScenario(temp.dispatch, funding);
        const db = temp.ledger.db;
        const cells = [];
        for (const { key } of quarters) {
          for (const province of [null, ...provinces]) {
            const data = await gatherQuarterlyReport(db, key, { status: 'final', generatedOn: '2027-01-20', language: 'en', province });
            cells.push(...quarterlyCells(data).counts);
          }
        }
        const atomKeys = new Set([
          ...cells.flatMap((cell) => cell.terms.map(([atom]) => atom)),
          ...written.meetingIds.flatMap((id) => stakeholderCategories.flatMap((category) => [`M:${id}:${category}`, `G:${id}:${category}`])),
        ]);
        const facts = await gatherDisclosureFacts(db, atomKeys);
        // What the reports print is what the audit's facts say.
        for (const cell of cells) expect(evaluateTerms(cell.terms, facts.truth)).toBe(cell.value);
        const relations = definitionalRelations(atomKeys, facts);
        const provincial = relations.filter((relation) => relation.terms.some(([atom]) => parseAtom(atom).province !== null));
        expect(new Set(provincial.flatMap((relation) => relation.terms.map(([atom]) => parseAtom(atom).kind)))).toEqual(
          new Set(['P', 'M', 'G', 'N', 'J', 'L', 'FW', 'FP', 'PP', 'PA', 'PN', 'PJ', 'PL', 'PFW', 'PFP']),
        );
        for (const relation of relations) {
          const value = evaluateTerms(relation.terms, facts.truth);
          expect(value >= relation.lower && value <= relation.upper, JSON.stringify(relation)).toBe(true);
        }
      }),
      { numRuns: 25, seed: 20261130, endOnFailure: true },
    );
  }, 600_000);
});
