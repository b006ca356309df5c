import { z } from 'zod';
import { fieldRule } from '../validation';
import { motionDraftSchema, motionSchema, motionSponsorSchema } from './motion';
import { stakeholderCategorySchema } from './stakeholder-categories';
import {
  ballotChoiceSchema,
  decisionRuleSchema,
  voteMethodSchema,
  voteResultSchema,
  voteTallySchema,
} from './vote-rules';

const idSchema = z.number().int().positive();

export const categoryTallySchema = z.strictObject({
  category: stakeholderCategorySchema,
  tally: voteTallySchema,
});
export type CategoryTally = z.infer<typeof categoryTallySchema>;

export const ballotSchema = z.strictObject({
  memberId: idSchema,
  choice: ballotChoiceSchema,
});
export type Ballot = z.infer<typeof ballotSchema>;

/**
 * What the coordinator records. A roll call gives each present member's ballot and the tallies follow;
 * every other method gives the tallies. Nothing about who voted how is kept except in a roll call.
 */
export const voteDraftSchema = z
  .strictObject({
    meetingId: idSchema,
    motion: motionDraftSchema,
    /** Both from the members present at the meeting, and not the same person. */
    moverMemberId: idSchema,
    seconderMemberId: idSchema,
    agendaItemId: idSchema.nullable().default(null),
    method: voteMethodSchema,
    rule: decisionRuleSchema,
    tally: voteTallySchema.nullable().default(null),
    ballots: z.array(ballotSchema).max(100_000).default([]),
    categoryTallies: z.array(categoryTallySchema).max(50).default([]),
    note: z
      .string()
      .trim()
      .max(2000)
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .default(null),
  })
  .superRefine((draft, context) => {
    if (draft.moverMemberId === draft.seconderMemberId) {
      context.addIssue(fieldRule(['seconderMemberId'], 'seconderIsMover'));
    }
    const { motion } = draft;
    if (motion.kind === 'procedural') {
      if (motion.procedure === 'approve_minutes' && motion.minutesId === null) {
        context.addIssue(fieldRule(['motion', 'minutesId'], 'required'));
      }
      if (motion.procedure !== 'approve_minutes' && motion.minutesId !== null) {
        context.addIssue(fieldRule(['motion', 'minutesId'], 'onlyForApprovingMinutes'));
      }
    }
    const rollCall = draft.method === 'roll_call';
    if (rollCall && draft.tally !== null) {
      context.addIssue(fieldRule(['tally'], 'tallyFromBallots'));
    }
    if (!rollCall && draft.tally === null)
      context.addIssue(fieldRule(['tally'], 'tallyRequired'));
    if (!rollCall && draft.ballots.length > 0) {
      context.addIssue(fieldRule(['ballots'], 'ballotsOnlyForRollCall'));
    }
    if (rollCall && draft.categoryTallies.length > 0) {
      context.addIssue(fieldRule(['categoryTallies'], 'categoriesFromBallots'));
    }
    const members = draft.ballots.map((ballot) => ballot.memberId);
    if (new Set(members).size !== members.length) {
      context.addIssue(fieldRule(['ballots'], 'ballotsTwice'));
    }
    const categories = draft.categoryTallies.map((entry) => entry.category);
    if (new Set(categories).size !== categories.length) {
      context.addIssue(fieldRule(['categoryTallies'], 'categoriesTwice'));
    }
  });
export type VoteDraft = z.infer<typeof voteDraftSchema>;
export type VoteDraftInput = z.input<typeof voteDraftSchema>;

export const recordedBallotSchema = z.object({
  memberId: z.number().int(),
  /** The alias for migrant workers, as on the roll call. */
  name: z.string(),
  isAlias: z.boolean(),
  category: stakeholderCategorySchema,
  choice: ballotChoiceSchema,
});
export type RecordedBallot = z.infer<typeof recordedBallotSchema>;

/** One correction or voiding, with the counts and result as they stood before it. */
export const voteCorrectionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['corrected', 'voided']),
  reason: z.string(),
  correctedOn: z.string(),
  before: z.object({ tally: voteTallySchema, result: voteResultSchema }),
  afterResult: voteResultSchema.nullable(),
  recordedAt: z.string(),
});
export type VoteCorrection = z.infer<typeof voteCorrectionSchema>;

export const voteSchema = z.object({
  id: idSchema,
  meetingId: z.number().int(),
  meetingTitle: z.string(),
  meetingHeldOn: z.string(),
  motion: motionSchema,
  mover: motionSponsorSchema.nullable(),
  seconder: motionSponsorSchema.nullable(),
  agendaItemId: z.number().int().nullable(),
  method: voteMethodSchema,
  rule: decisionRuleSchema,
  tally: z.object({
    for: z.number().int(),
    against: z.number().int(),
    abstain: z.number().int(),
    block: z.number().int(),
  }),
  categoryTallies: z.array(categoryTallySchema),
  ballots: z.array(recordedBallotSchema),
  /** Attendance as it stood when the vote was recorded. */
  membersPresent: z.number().int(),
  votingMembers: z.number().int(),
  quorumRequired: z.number().int(),
  quorumMet: z.boolean(),
  result: voteResultSchema,
  votesCast: z.number().int(),
  votesNeeded: z.number().int().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  /** A voided vote decides nothing and stays out of the minutes; the ledger keeps it with the reason. */
  voided: z.object({ on: z.string(), reason: z.string() }).nullable(),
  corrections: z.array(voteCorrectionSchema),
});
export type Vote = z.infer<typeof voteSchema>;
