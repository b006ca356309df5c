import { z } from 'zod';
import '../validation';

/**
 * What a vote is on. A plenary decides working-group recommendations, amendments to their text
 * (voted before the recommendation itself), procedural motions (adopting the agenda, approving the
 * minutes of an earlier meeting) and motions from the floor with their own words.
 */
export const motionKinds = ['recommendation', 'amendment', 'procedural', 'floor'] as const;
export const motionKindSchema = z.enum(motionKinds);
export type MotionKind = z.infer<typeof motionKindSchema>;

export const procedures = ['adopt_agenda', 'approve_minutes'] as const;
export const procedureSchema = z.enum(procedures);
export type Procedure = z.infer<typeof procedureSchema>;

const idSchema = z.number().int().positive();
const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const motionDraftSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('recommendation'), recommendationId: idSchema }),
  /** The recommendation's whole text as the amendment would have it read. */
  z.strictObject({ kind: z.literal('amendment'), recommendationId: idSchema, text: requiredText(20_000) }),
  /** Approving minutes names the minutes approved; adopting the agenda names nothing. */
  z.strictObject({
    kind: z.literal('procedural'),
    procedure: procedureSchema,
    minutesId: idSchema.nullable().default(null),
  }),
  z.strictObject({ kind: z.literal('floor'), title: requiredText(300), text: requiredText(20_000) }),
]);
export type MotionDraft = z.infer<typeof motionDraftSchema>;
export type MotionDraftInput = z.input<typeof motionDraftSchema>;

/** A motion as recorded, with what it names resolved for display. */
export const motionSchema = z.object({
  kind: motionKindSchema,
  procedure: procedureSchema.nullable(),
  recommendationId: z.number().int().nullable(),
  recommendationTitle: z.string().nullable(),
  /** The version of the recommendation's text the motion was put on; an amendment: the one it amends. */
  textVersion: z.number().int().nullable(),
  /** The words put to the vote: the recommendation's text of that version, the amendment's or the floor motion's. */
  text: z.string().nullable(),
  /** A floor motion's own title. */
  title: z.string().nullable(),
  minutesId: z.number().int().nullable(),
  /** The meeting whose minutes a motion approves. */
  minutesOf: z.object({ meetingTitle: z.string(), heldOn: z.string() }).nullable(),
});
export type Motion = z.infer<typeof motionSchema>;

/** Who moved or seconded: a migrant worker by alias unless their consent lets them be named. */
export const motionSponsorSchema = z.object({ memberId: z.number().int(), name: z.string(), isAlias: z.boolean() });
export type MotionSponsor = z.infer<typeof motionSponsorSchema>;

/** Whether the vote's result moves a recommendation (its status, or an amendment its text). */
export function motionTouchesRecommendation(kind: MotionKind): boolean {
  return kind === 'recommendation' || kind === 'amendment';
}
