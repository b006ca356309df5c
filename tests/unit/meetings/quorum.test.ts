import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quorumRuleSchema, quorumStatus, requiredForQuorum } from '../../../shared/domain/quorum';

describe('quorum rules', () => {
  it('two-thirds of 9 is 6 and of 10 is 7 (rounded up, never floating point)', () => {
    const twoThirds = { kind: 'fraction', numerator: 2, denominator: 3 } as const;
    expect(requiredForQuorum(twoThirds, 9)).toBe(6);
    expect(requiredForQuorum(twoThirds, 10)).toBe(7);
    expect(requiredForQuorum(twoThirds, 0)).toBe(0);
  });

  it('a fixed number ignores the size of the membership', () => {
    expect(requiredForQuorum({ kind: 'count', count: 15 }, 4)).toBe(15);
    expect(quorumStatus({ kind: 'count', count: 15 }, 200, 15).met).toBe(true);
    expect(quorumStatus({ kind: 'count', count: 15 }, 200, 14).met).toBe(false);
  });

  it('a majority is more than half', () => {
    expect(requiredForQuorum({ kind: 'majority' }, 10)).toBe(6);
    expect(requiredForQuorum({ kind: 'majority' }, 9)).toBe(5);
  });

  it('nobody present is never quorate, even when the fraction asks for zero', () => {
    expect(quorumStatus({ kind: 'fraction', numerator: 1, denominator: 3 }, 0, 0).met).toBe(false);
  });

  it('the fraction result is the smallest whole number at least that share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 5000 }),
        (a, b, members) => {
          const [numerator, denominator] = a <= b ? [a, b] : [b, a];
          const required = requiredForQuorum({ kind: 'fraction', numerator, denominator }, members);
          expect(required * denominator).toBeGreaterThanOrEqual(members * numerator);
          expect((required - 1) * denominator).toBeLessThan(members * numerator);
        },
      ),
    );
  });

  it('refuses a fraction above one whole and unknown rule kinds', () => {
    expect(quorumRuleSchema.safeParse({ kind: 'fraction', numerator: 4, denominator: 3 }).success).toBe(false);
    expect(quorumRuleSchema.safeParse({ kind: 'percent', value: 50 }).success).toBe(false);
    expect(quorumRuleSchema.safeParse({ kind: 'count', count: 0 }).success).toBe(false);
  });
});
