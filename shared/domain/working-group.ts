import { z } from 'zod';
import { fieldRule } from '../validation';
import { isoDateSchema } from './dates';
import { memberIdSchema } from './member';
import { stakeholderCategorySchema } from './stakeholder-categories';

export const workingGroupIdSchema = z.number().int().positive();
export const membershipIdSchema = z.number().int().positive();

export const workingGroupStatuses = ['active', 'closed'] as const;
export const workingGroupStatusSchema = z.enum(workingGroupStatuses);
export type WorkingGroupStatus = z.infer<typeof workingGroupStatusSchema>;

export const workingGroupRoles = ['chair', 'co_chair', 'member'] as const;
export const workingGroupRoleSchema = z.enum(workingGroupRoles);
export type WorkingGroupRole = z.infer<typeof workingGroupRoleSchema>;

export const workingGroupDraftSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  mandate: z
    .string()
    .trim()
    .max(5000)
    .transform((value) => (value === '' ? null : value))
    .nullable(),
  status: workingGroupStatusSchema,
});
export type WorkingGroupDraft = z.infer<typeof workingGroupDraftSchema>;
export type WorkingGroupDraftInput = z.input<typeof workingGroupDraftSchema>;

/** A role held for a span of time; the end is empty while it lasts. */
export const membershipDraftSchema = z
  .strictObject({
    role: workingGroupRoleSchema,
    startOn: isoDateSchema,
    endOn: isoDateSchema.nullable(),
  })
  .superRefine((draft, context) => {
    if (draft.endOn && draft.endOn < draft.startOn) {
      context.addIssue(fieldRule(['endOn'], 'endBeforeStartDate'));
    }
  });
export type MembershipDraft = z.infer<typeof membershipDraftSchema>;

export const workingGroupSchema = z.object({
  id: workingGroupIdSchema,
  name: z.string(),
  mandate: z.string().nullable(),
  status: workingGroupStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

export const workingGroupSummarySchema = workingGroupSchema
  .pick({ id: true, name: true, status: true })
  .extend({ currentMemberCount: z.number().int(), chairNames: z.array(z.string()) });
export type WorkingGroupSummary = z.infer<typeof workingGroupSummarySchema>;

export const groupMembershipSchema = z.object({
  id: membershipIdSchema,
  workingGroupId: workingGroupIdSchema,
  memberId: memberIdSchema,
  role: workingGroupRoleSchema,
  startOn: z.string(),
  endOn: z.string().nullable(),
  /** True when the span includes today. */
  current: z.boolean(),
});
export type GroupMembership = z.infer<typeof groupMembershipSchema>;

/** A membership as the group's page lists it. */
export const groupMemberSchema = groupMembershipSchema.extend({
  displayName: z.string(),
  alias: z.string().nullable(),
  category: stakeholderCategorySchema,
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

/** A membership as the member's page lists it. */
export const memberGroupSchema = groupMembershipSchema.extend({
  groupName: z.string(),
  groupStatus: workingGroupStatusSchema,
});
export type MemberGroup = z.infer<typeof memberGroupSchema>;

export const workingGroupDetailSchema = workingGroupSchema.extend({ members: z.array(groupMemberSchema) });
export type WorkingGroupDetail = z.infer<typeof workingGroupDetailSchema>;
