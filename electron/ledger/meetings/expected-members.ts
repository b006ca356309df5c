import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Database } from '../database';

/**
 * Who a meeting expects, as a condition on the members table:
 * - plenary: every member active on the meeting's date (every member may vote);
 * - working-group meeting: the group's members. The working-group membership table belongs to
 *   the registry area; until it is merged a group meeting expects nobody and its roll call is
 *   built by adding members.
 * - forum and government network: nobody by default; the coordinator adds attendees.
 */
export function isExpectedAt(
  meeting: Pick<Meeting, 'kind' | 'heldOn'>,
): (eb: ExpressionBuilder<Database, 'members'>) => Expression<SqlBool> {
  return (eb) => {
    if (meeting.kind !== 'plenary') return eb.lit(false);
    return eb.and([
      eb('members.joined_on', '<=', meeting.heldOn),
      eb.or([eb('members.left_on', 'is', null), eb('members.left_on', '>', meeting.heldOn)]),
    ]);
  };
}

/** The same rule on a member already loaded, so rows can say whether they were expected or added. */
export function memberExpectedAt(
  meeting: Pick<Meeting, 'kind' | 'heldOn'>,
  member: { joined_on: string; left_on: string | null },
): boolean {
  if (meeting.kind !== 'plenary') return false;
  return member.joined_on <= meeting.heldOn && (member.left_on === null || member.left_on > meeting.heldOn);
}
