import { z } from 'zod';
import { command, query } from './define-operation';
import { searchText } from '../domain/text-fields';
import {
  followUpDraftSchema,
  followUpSchema,
  implementationStatusSchema,
  recommendationDraftSchema,
  recommendationEventSchema,
  recommendationIdSchema,
  recommendationKindSchema,
  recommendationSchema,
  recommendationStatusSchema,
  recommendationSummarySchema,
  recommendationVersionSchema,
  statusChangeSchema,
} from '../domain/recommendation';
import { quarterKeySchema } from '../domain/quarter-range';
import { isoDateSchema } from '../domain/dates';
import { voteSchema } from '../domain/vote';

export const recommendationListQuerySchema = z.strictObject({
  search: searchText(200),
  workingGroupId: z.number().int().positive().nullable().default(null),
  kind: recommendationKindSchema.nullable().default(null),
  status: recommendationStatusSchema.nullable().default(null),
  /** Quarter of the date drafted, fiscal ("2026-27 Q3") or calendar ("2026 Q4"). */
  quarter: quarterKeySchema.nullable().default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type RecommendationListQuery = z.infer<typeof recommendationListQuerySchema>;

export const recommendationDetailSchema = z.object({
  recommendation: recommendationSchema,
  followUps: z.array(followUpSchema),
  /** The whole trail, oldest first. */
  events: z.array(recommendationEventSchema),
  /** Every vote taken on it, including those without quorum, which decided nothing. */
  votes: z.array(voteSchema),
  /** Every wording of the text, oldest first; the last is the text as it stands. */
  versions: z.array(recommendationVersionSchema),
});
export type RecommendationDetail = z.infer<typeof recommendationDetailSchema>;

const byId = z.strictObject({ id: recommendationIdSchema });

export const recommendationOperations = {
  'recommendations.list': query(
    'Recommendations matching filters, newest drafted first',
    recommendationListQuerySchema,
    z.object({ total: z.number().int(), items: z.array(recommendationSummarySchema) }),
  ),
  'recommendations.get': query(
    'One recommendation with its follow-up and whole trail',
    byId,
    recommendationDetailSchema,
  ),
  'recommendations.create': command(
    'Record a recommendation drafted by a working group',
    z.strictObject({ recommendation: recommendationDraftSchema }),
    recommendationDetailSchema,
  ),
  'recommendations.update': command(
    'Revise the words of a draft or referred-back recommendation',
    z.strictObject({ id: recommendationIdSchema, recommendation: recommendationDraftSchema }),
    recommendationDetailSchema,
  ),
  'recommendations.changeStatus': command(
    'Move a recommendation along its lifecycle (tabled, deferred, referred back...)',
    z.strictObject({ id: recommendationIdSchema, change: statusChangeSchema }),
    recommendationDetailSchema,
  ),
  'recommendations.addFollowUp': command(
    'Record that an adopted recommendation was sent to a government body or funder',
    z.strictObject({ id: recommendationIdSchema, followUp: followUpDraftSchema }),
    recommendationDetailSchema,
  ),
  'recommendations.updateFollowUp': command(
    'Correct a follow-up or record the response received',
    z.strictObject({ followUpId: z.number().int().positive(), followUp: followUpDraftSchema }),
    recommendationDetailSchema,
  ),
  'recommendations.setImplementation': command(
    'Record how far an adopted recommendation has been implemented',
    z.strictObject({
      id: recommendationIdSchema,
      status: implementationStatusSchema,
      on: isoDateSchema,
      note: z.string().trim().max(2000).nullable().default(null),
    }),
    recommendationDetailSchema,
  ),
} as const;
