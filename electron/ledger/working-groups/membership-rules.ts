import type { MembershipDraft } from '../../../shared/domain/working-group';
import { DomainError } from '../../domain-error';

export interface Span {
  startOn: string;
  endOn: string | null;
}

/** Two date spans share at least one day; an open end runs forever. */
export function spansOverlap(a: Span, b: Span): boolean {
  return (b.endOn === null || a.startOn <= b.endOn) && (a.endOn === null || b.startOn <= a.endOn);
}

export interface ExistingMembership extends Span {
  id: number;
  memberId: number;
  role: MembershipDraft['role'];
}

/**
 * A member holds one role at a time in a group, and a group has one chair at a time
 * (co-chairs may be several). Throws a conflict naming the field to fix.
 */
export function assertMembershipFits(
  draft: MembershipDraft,
  memberId: number,
  others: readonly ExistingMembership[],
): void {
  const overlapping = others.filter((other) => spansOverlap(draft, other));
  if (overlapping.some((other) => other.memberId === memberId)) {
    throw new DomainError('conflict', 'This member already has a role in the group for some of those dates', [
      { path: 'membership.startOn', message: 'overlaps another membership of the same member in this group', reason: 'membership.overlaps' },
    ], { reason: 'membership.overlaps' });
  }
  if (draft.role === 'chair' && overlapping.some((other) => other.role === 'chair')) {
    throw new DomainError('conflict', 'The group already has a chair for some of those dates; end that role first or choose co-chair', [
      { path: 'membership.role', message: 'the group already has a chair for those dates', reason: 'membership.chairTaken' },
    ], { reason: 'membership.chairTaken' });
  }
}
