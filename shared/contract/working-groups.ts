import { z } from 'zod';
import { command, query } from './define-operation';
import { memberIdSchema } from '../domain/member';
import {
  groupMembershipSchema,
  memberGroupSchema,
  membershipDraftSchema,
  membershipIdSchema,
  workingGroupDetailSchema,
  workingGroupDraftSchema,
  workingGroupIdSchema,
  workingGroupSchema,
  workingGroupStatusSchema,
  workingGroupSummarySchema,
} from '../domain/working-group';
import { rowVersionSchema } from '../domain/row-version';
import { provinceSchema } from '../domain/provinces';

export const workingGroupOperations = {
  'workingGroups.list': query(
    'Working groups with their current size and chairs',
    z.strictObject({
      status: workingGroupStatusSchema.nullable().default(null),
      /** Groups of one province or territory; null for the whole Network. */
      province: provinceSchema.nullable().default(null),
    }),
    z.object({ items: z.array(workingGroupSummarySchema) }),
  ),
  'workingGroups.get': query(
    'One working group with every membership, past and current',
    z.strictObject({ id: workingGroupIdSchema }),
    workingGroupDetailSchema,
  ),
  'workingGroups.create': command('Add a working group', z.strictObject({ group: workingGroupDraftSchema }), workingGroupSchema),
  'workingGroups.update': command(
    "Replace a working group's name, mandate and status",
    z.strictObject({ id: workingGroupIdSchema, group: workingGroupDraftSchema, expectedVersion: rowVersionSchema.optional() }),
    workingGroupSchema,
  ),
  'workingGroups.addMember': command(
    'Give a member a role in a working group from a date',
    z.strictObject({ workingGroupId: workingGroupIdSchema, memberId: memberIdSchema, membership: membershipDraftSchema }),
    groupMembershipSchema,
  ),
  'workingGroups.updateMembership': command(
    "Change a membership's role or dates (an end date closes it)",
    z.strictObject({ id: membershipIdSchema, membership: membershipDraftSchema }),
    groupMembershipSchema,
  ),
  'workingGroups.removeMembership': command(
    'Delete a membership entered by mistake (to record a member leaving, set an end date instead)',
    z.strictObject({ id: membershipIdSchema }),
    z.object({ removed: z.literal(true) }),
  ),
  'workingGroups.forMember': query(
    "A member's working groups, past and current",
    z.strictObject({ memberId: memberIdSchema }),
    z.object({ items: z.array(memberGroupSchema) }),
  ),
} as const;
