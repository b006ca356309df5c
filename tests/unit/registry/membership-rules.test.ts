import { describe, expect, it } from 'vitest';
import { assertMembershipFits, spansOverlap } from '../../../electron/ledger/working-groups/membership-rules';

describe('working-group membership rules', () => {
  it('treats an open end as running forever and shared end days as overlapping', () => {
    expect(spansOverlap({ startOn: '2025-01-01', endOn: null }, { startOn: '2030-01-01', endOn: null })).toBe(true);
    expect(spansOverlap({ startOn: '2025-01-01', endOn: '2025-06-30' }, { startOn: '2025-06-30', endOn: null })).toBe(true);
    expect(spansOverlap({ startOn: '2025-01-01', endOn: '2025-06-29' }, { startOn: '2025-06-30', endOn: null })).toBe(false);
    expect(spansOverlap({ startOn: '2026-01-01', endOn: null }, { startOn: '2025-01-01', endOn: '2025-12-31' })).toBe(false);
  });

  const chair = { id: 1, memberId: 10, role: 'chair' as const, startOn: '2025-01-01', endOn: '2025-12-31' };

  it('allows a new chair once the previous term has ended', () => {
    expect(() => assertMembershipFits({ role: 'chair', startOn: '2026-01-01', endOn: null }, 11, [chair])).not.toThrow();
    expect(() => assertMembershipFits({ role: 'chair', startOn: '2025-12-31', endOn: null }, 11, [chair])).toThrow(/already has a chair/);
    expect(() => assertMembershipFits({ role: 'co_chair', startOn: '2025-06-01', endOn: null }, 11, [chair])).not.toThrow();
  });

  it('refuses a second overlapping role for the same member', () => {
    expect(() => assertMembershipFits({ role: 'member', startOn: '2025-06-01', endOn: null }, 10, [chair])).toThrow(/already has a role/);
    expect(() => assertMembershipFits({ role: 'member', startOn: '2026-01-01', endOn: null }, 10, [chair])).not.toThrow();
  });
});
