import { z } from 'zod';
import { command, query } from './define-operation';
import { recommendationSchema, recommendationSummarySchema } from '../domain/recommendation';
import { quorumStatusSchema } from '../domain/quorum';
import { stakeholderCategorySchema } from '../domain/stakeholder-categories';
import { voteDraftSchema, voteSchema } from '../domain/vote';
import { voteCorrectionDraftSchema, voteVoidDraftSchema } from '../domain/vote-correction';
import { minutesStatusSchema } from '../domain/minutes-state';

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
  /** Tabled or deferred: the ones a vote may decide or amend, with their words as they stand. */
  recommendations: z.array(recommendationSummarySchema.extend({ text: z.string() })),
  decisionItems: z.array(z.object({ id: z.number().int(), title: z.string() })),
  /** Every item of the agenda: a vote is minuted under the one it was taken at. */
  agendaItems: z.array(z.object({ id: z.number().int(), title: z.string(), kind: z.string() })),
  /** Circulated minutes of earlier meetings, which a motion here may approve. */
  minutesToApprove: z.array(
    z.object({ minutesId: z.number().int(), meetingTitle: z.string(), heldOn: z.string(), status: minutesStatusSchema }),
  ),
  /** Whether a standing vote has already adopted this meeting's agenda. */
  agendaAdopted: z.boolean(),
  /** The meeting's minutes are approved: no vote here may be recorded, corrected or voided. */
  minutesLocked: z.boolean(),
});
export type VoteSetup = z.infer<typeof voteSetupSchema>;

/** A vote as recorded or corrected, and the recommendation it moved or amended (null for other motions). */
const recordedVoteSchema = z.object({ vote: voteSchema, recommendation: recommendationSchema.nullable() });

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
    'Record a vote on a motion, moved and seconded; its result is computed by the rule and applied',
    z.strictObject({ vote: voteDraftSchema }),
    recordedVoteSchema,
  ),
  'votes.correct': command(
    "Correct a recorded vote's counts with a reason while its minutes are draft or circulated",
    z.strictObject({ voteId: z.number().int().positive(), correction: voteCorrectionDraftSchema }),
    recordedVoteSchema,
  ),
  'votes.void': command(
    'Void a recorded vote with a reason; what it decided is undone',
    z.strictObject({ voteId: z.number().int().positive(), ...voteVoidDraftSchema.shape }),
    recordedVoteSchema,
  ),
} as const;
