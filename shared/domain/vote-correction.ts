import { z } from 'zod';
import { fieldRule } from '../validation';
import { ballotSchema, categoryTallySchema } from './vote';
import { voteTallySchema } from './vote-rules';

const reasonSchema = z.string().trim().min(1).max(2000);

/**
 * A recorded vote's counts as they should have been, and why: the tally for most methods, each
 * member's answer for a roll call (the same members: a correction fixes answers, not who voted).
 * Method, rule and attendance stay as recorded; the result follows from the corrected counts.
 */
export const voteCorrectionDraftSchema = z
  .strictObject({
    tally: voteTallySchema.nullable().default(null),
    ballots: z.array(ballotSchema).max(100_000).default([]),
    categoryTallies: z.array(categoryTallySchema).max(50).default([]),
    reason: reasonSchema,
  })
  .superRefine((draft, context) => {
    const members = draft.ballots.map((ballot) => ballot.memberId);
    if (new Set(members).size !== members.length) context.addIssue(fieldRule(['ballots'], 'ballotsTwice'));
    const categories = draft.categoryTallies.map((entry) => entry.category);
    if (new Set(categories).size !== categories.length) {
      context.addIssue(fieldRule(['categoryTallies'], 'categoriesTwice'));
    }
  });
export type VoteCorrectionDraft = z.infer<typeof voteCorrectionDraftSchema>;
export type VoteCorrectionDraftInput = z.input<typeof voteCorrectionDraftSchema>;

/** Voiding: the vote decides nothing from now on (recorded by mistake, on the wrong motion...). */
export const voteVoidDraftSchema = z.strictObject({ reason: reasonSchema });
export type VoteVoidDraft = z.infer<typeof voteVoidDraftSchema>;
