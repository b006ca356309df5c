import { describe, expect, it } from 'vitest';
import { canEditMinutes, checkMinutesTransition, minutesStatuses } from '../../../shared/domain/minutes-state';

describe('minutes state machine', () => {
  it('allows draft -> circulated -> approved, and circulated back to draft', () => {
    expect(checkMinutesTransition('draft', 'circulated')).toEqual({ allowed: true });
    expect(checkMinutesTransition('circulated', 'approved')).toEqual({ allowed: true });
    expect(checkMinutesTransition('circulated', 'draft')).toEqual({ allowed: true });
  });

  it('refuses approving a draft with a message saying what to do', () => {
    const check = checkMinutesTransition('draft', 'approved');
    expect(check.allowed).toBe(false);
    expect(check.allowed === false && check.message).toMatch(/circulate them first/);
  });

  it('refuses every move out of approved, pointing to amendments', () => {
    for (const to of minutesStatuses) {
      const check = checkMinutesTransition('approved', to);
      expect(check.allowed).toBe(false);
      expect(check.allowed === false && check.message).toMatch(/locked|already approved/);
    }
    expect(checkMinutesTransition('approved', 'draft')).toMatchObject({ message: expect.stringMatching(/amendment/) });
  });

  it('refuses a move to the same status', () => {
    expect(checkMinutesTransition('circulated', 'circulated')).toEqual({
      allowed: false,
      message: 'The minutes are already circulated.',
      reason: 'minutes.alreadyInStatus',
    });
  });

  it('locks approved minutes only', () => {
    expect(minutesStatuses.filter(canEditMinutes)).toEqual(['draft', 'circulated']);
  });
});
