import { z } from 'zod';

export const minutesStatuses = ['draft', 'circulated', 'approved'] as const;
export const minutesStatusSchema = z.enum(minutesStatuses);
export type MinutesStatus = z.infer<typeof minutesStatusSchema>;

/** Circulated minutes may go back to draft for rework; approved minutes never move again. */
const allowed: Record<MinutesStatus, readonly MinutesStatus[]> = {
  draft: ['circulated'],
  circulated: ['approved', 'draft'],
  approved: [],
};

export type TransitionCheck =
  | { allowed: true }
  | { allowed: false; message: string; reason: 'minutes.alreadyInStatus' | 'minutes.locked' | 'minutes.notCirculated' | 'minutes.cannotMove' };

export function checkMinutesTransition(from: MinutesStatus, to: MinutesStatus): TransitionCheck {
  if (allowed[from].includes(to)) return { allowed: true };
  if (from === to) return { allowed: false, reason: 'minutes.alreadyInStatus', message: `The minutes are already ${from}.` };
  if (from === 'approved') {
    return {
      allowed: false,
      reason: 'minutes.locked',
      message: 'Approved minutes are locked and cannot change status; record an amendment instead.',
    };
  }
  if (from === 'draft' && to === 'approved') {
    return {
      allowed: false,
      reason: 'minutes.notCirculated',
      message: 'Draft minutes cannot be approved: circulate them first, then approve them at a later meeting.',
    };
  }
  return { allowed: false, reason: 'minutes.cannotMove', message: `Minutes cannot go from ${from} to ${to}.` };
}

export function canEditMinutes(status: MinutesStatus): boolean {
  return status !== 'approved';
}

export const lockedMinutesMessage =
  'These minutes were approved and are locked; record an amendment with its date and reason instead.';
