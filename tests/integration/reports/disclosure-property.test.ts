import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fiscalQuarterKey, fiscalQuarterOf } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { attack, exposed } from '../../support/disclosure-attacker';
import { readReleases } from '../../support/read-releases';
import { writeSmallNetwork, type SmallNetwork } from '../../support/small-network';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { callOk } from '../../support/call-operation';

const quarters = [
  { fiscalYear: 2026, quarter: 2, days: ['2026-07-14', '2026-08-20', '2026-09-09'] },
  { fiscalYear: 2026, quarter: 3, days: ['2026-10-08', '2026-11-19', '2026-12-03'] },
] as const;

/** A small network whose categories range from empty to a couple of dozen members, in British Columbia and Alberta. */
const networkArbitrary = fc
  .record({
    sizes: fc.array(fc.constantFrom(0, 2, 4, 9, 12, 18, 25), { minLength: 12, maxLength: 12 }),
    inAlberta: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
    joinsAndLeaves: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 200, maxLength: 200 }),
    meetingsPerQuarter: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    turnout: fc.array(fc.double({ min: 0.1, max: 0.9, noNaN: true }), { minLength: 6, maxLength: 6 }),
    coin: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 400, maxLength: 400 }),
    guests: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ sizes, inAlberta, joinsAndLeaves, meetingsPerQuarter, turnout, coin, guests }): SmallNetwork => {
    const members = stakeholderCategories.flatMap((category, c) =>
      Array.from({ length: sizes[c]! }, (_, i) => {
        const shape = joinsAndLeaves[(c * 17 + i) % 200]!;
        // Most joined long ago; some join or leave during the two quarters, which moves membership flows.
        const joinedOn = shape === 1 ? '2026-08-01' : shape === 2 ? '2026-11-01' : '2025-01-15';
        const leftOn = shape === 3 ? '2026-09-15' : shape === 4 ? '2026-12-15' : null;
        return { category, joinedOn, leftOn, province: inAlberta[(c * 13 + i) % 200] ? ('AB' as const) : ('BC' as const) };
      }),
    );
    let flip = 0;
    const meetings = quarters.flatMap((quarter, q) =>
      quarter.days.slice(0, meetingsPerQuarter[q]).map((heldOn, m) => {
        const index = q * 3 + m;
        const present = members.flatMap((member, i) =>
          member.joinedOn <= heldOn && (member.leftOn === null || member.leftOn > heldOn) && coin[flip++ % 400]! < turnout[index]! ? [i] : [],
        );
        // Every quarter's second meeting is in Alberta; members of either province come to any.
        return { heldOn, province: m === 1 ? ('AB' as const) : ('BC' as const), present, guests: [{ category: stakeholderCategories[index % 12]!, count: guests[index]! }] };
      }),
    );
    return { members, meetings };
  });

const stepsArbitrary = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('quarterly' as const),
      quarter: fc.constantFrom(0 as const, 1 as const),
      scope: fc.constantFrom('national' as const, 'BC' as const, 'AB' as const),
      format: fc.constantFrom('docx' as const, 'xlsx' as const),
      language: fc.constantFrom('en' as const, 'fr' as const),
    }),
    fc.record({ kind: fc.constant('minutes' as const), meeting: fc.nat(5), language: fc.constantFrom('en' as const, 'fr' as const) }),
  ),
  { minLength: 1, maxLength: 4 },
);

let temp: TempLedger | undefined;
afterEach(async () => {
  await temp?.close();
  temp = undefined;
});

describe('no hidden cell can be narrowed by a reader holding every shared document (property)', () => {
  it('random ledgers and random sequences of national and provincial quarterly reports and shared minutes', async () => {
    await fc.assert(
      fc.asyncProperty(networkArbitrary, stepsArbitrary, async (network, steps) => {
        await temp?.close();
        temp = await openTempLedger({ now: () => new Date('2027-01-20T10:00:00Z') });
        const written = await writeSmallNetwork(temp.ledger, network);
        for (const step of steps) {
          if (step.kind === 'quarterly') {
            const { fiscalYear, quarter } = quarters[step.quarter];
            await callOk(temp.dispatch, 'reports.quarterly.generate', {
              quarter: { fiscalYear, quarter },
              scope: step.scope,
              format: step.format,
              language: step.language,
              status: 'final',
              confirmedHits: [],
            });
          } else {
            const meetingId = written.meetingIds[step.meeting % written.meetingIds.length]!;
            await callOk(temp.dispatch, 'reports.minutes.generate', {
              meetingId,
              language: step.language,
              audience: 'shared',
              confirmedHits: [],
            });
          }
        }
        const heldMeetings = new Map<string, number[]>();
        const ofMeeting = new Map<number, string>();
        network.meetings.forEach((meeting, index) => {
          const key = fiscalQuarterKey(fiscalQuarterOf(meeting.heldOn));
          heldMeetings.set(key, [...(heldMeetings.get(key) ?? []), written.meetingIds[index]!]);
          ofMeeting.set(written.meetingIds[index]!, meeting.province ?? 'BC');
        });
        const releases = await readReleases(temp.dispatch);
        expect(releases).toHaveLength(steps.length);
        const attacked = await attack(releases, { heldMeetings, provinces: { all: ['AB', 'BC'], ofMeeting } });
        expect(exposed(attacked)).toEqual([]);
      }),
      { numRuns: 15, seed: 20261130, endOnFailure: true },
    );
  }, 600_000);
});
