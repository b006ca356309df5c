import { z } from 'zod';
import { command, query } from './define-operation';
import { recommendationSchema, recommendationSummarySchema } from '../domain/recommendation';
import { quorumStatusSchema } from '../domain/quorum';
import { stakeholderCategorySchema } from '../domain/stakeholder-categories';
import { voteDraftSchema, voteSchema } from '../domain/vote';

const meetingId = z.strictObject({ meetingId: z.number().int().positive() });

/** Everything the vote form needs to check the numbers as they are typed, in one read. */
export const voteSetupSchema = z.object({
  meeting: z.object({
    id: z.number().int(),
    title: z.string(),
    heldOn: z.string(),
    kind: z.string(),
    status: z.string(),
  }),
  present: z.array(
    z.object({
      memberId: z.number().int(),
      name: z.string(),
      isAlias: z.boolean(),
      category: stakeholderCategorySchema,
    }),
  ),
  presentByCategory: z.array(z.object({ category: stakeholderCategorySchema, count: z.number().int() })),
  quorum: quorumStatusSchema,
  /** Tabled or deferred: the ones a vote may decide. */
  recommendations: z.array(recommendationSummarySchema),
  decisionItems: z.array(z.object({ id: z.number().int(), title: z.string() })),
});
export type VoteSetup = z.infer<typeof voteSetupSchema>;

export const voteOperations = {
  'votes.setup': query(
    "The meeting's attendance, quorum and the recommendations up for decision",
    meetingId,
    voteSetupSchema,
  ),
  'votes.listForMeeting': query(
    'Votes taken at a meeting, in order, for the meeting page and its minutes',
    meetingId,
    z.array(voteSchema),
  ),
  'votes.record': command(
    'Record a vote; its result is computed by the rule and moves the recommendation',
    z.strictObject({ vote: voteDraftSchema }),
    z.object({ vote: voteSchema, recommendation: recommendationSchema }),
  ),
} as const;
