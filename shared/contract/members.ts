import { z } from 'zod';
import { command, query } from './define-operation';
import { searchText } from '../domain/text-fields';
import { memberDraftSchema, memberIdSchema, memberSchema, memberSummarySchema } from '../domain/member';
import { stakeholderCategorySchema } from '../domain/stakeholder-categories';
import { languageCodeSchema } from '../domain/languages';

export const memberSortKeys = ['displayName', 'category', 'joinedOn', 'organisationName'] as const;

export const memberListQuerySchema = z.strictObject({
  search: searchText(200),
  category: stakeholderCategorySchema.nullable().default(null),
  language: languageCodeSchema.nullable().default(null),
  active: z.enum(['active', 'left', 'all']).default('all'),
  /** Current members of one working group. */
  workingGroupId: z.number().int().positive().nullable().default(null),
  sortBy: z.enum(memberSortKeys).default('displayName'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;

export const memberOperations = {
  'members.list': query(
    'Members matching a search and filters, one page at a time',
    memberListQuerySchema,
    z.object({ total: z.number().int(), items: z.array(memberSummarySchema) }),
  ),
  'members.get': query('One member with every field', z.strictObject({ id: memberIdSchema }), memberSchema),
  'members.create': command('Add a member', z.strictObject({ member: memberDraftSchema }), memberSchema),
  'members.update': command(
    "Replace a member's editable fields",
    z.strictObject({ id: memberIdSchema, member: memberDraftSchema }),
    memberSchema,
  ),
  'members.proposeAlias': query(
    'A neutral alias (a plant, bird or landscape word) no member holds yet, for the member form to offer',
    /** Aliases the form already offered, so "another" is another. */
    z.strictObject({ exclude: z.array(z.string().max(100)).max(50).default([]) }),
    z.object({ alias: z.string().min(1) }),
  ),
} as const;
