import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Database } from '../database';

/**
 * Who a meeting expects, as a condition on the members table:
 * - plenary: every member active on the meeting's date (every member may vote);
 * - working-group meeting: the group's members on the meeting's date (membership started, not ended
 *   before it), except members who withdrew from the Network;
 * - forum and government network: nobody by default; the coordinator adds attendees.
 * The roll call selects this same expression as a column, so a row knows whether it was expected or added.
 */
export function isExpectedAt(
  meeting: Pick<Meeting, 'kind' | 'heldOn' | 'workingGroupId'>,
): (eb: ExpressionBuilder<Database, 'members'>) => ExpressionWrapper<Database, 'members', SqlBool> {
  return (eb) => {
    if (meeting.kind === 'plenary') {
      return eb.and([
        eb('members.joined_on', '<=', meeting.heldOn),
        eb.or([eb('members.left_on', 'is', null), eb('members.left_on', '>', meeting.heldOn)]),
      ]);
    }
    if (meeting.kind === 'working_group' && meeting.workingGroupId !== null) {
      return eb.and([
        eb('members.withdrawn_at', 'is', null),
        eb.exists(
          eb
            .selectFrom('working_group_members as membership')
            .select('membership.id')
            .whereRef('membership.member_id', '=', 'members.id')
            .where('membership.working_group_id', '=', meeting.workingGroupId)
            .where('membership.start_on', '<=', meeting.heldOn)
            .where((inner) =>
              inner.or([inner('membership.end_on', 'is', null), inner('membership.end_on', '>=', meeting.heldOn)]),
            ),
        ),
      ]);
    }
    return eb.lit(false);
  };
}
