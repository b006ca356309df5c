import { z } from 'zod';
import { fieldRule } from '../validation';
import { optionalText } from './text-fields';
import { isoDateSchema } from './dates';

export const recommendationKinds = ['policy', 'funding', 'community_action'] as const;
export const recommendationKindSchema = z.enum(recommendationKinds);
export type RecommendationKind = z.infer<typeof recommendationKindSchema>;

export const recommendationStatuses = ['draft', 'tabled', 'adopted', 'rejected', 'deferred', 'referred_back'] as const;
export const recommendationStatusSchema = z.enum(recommendationStatuses);
export type RecommendationStatus = z.infer<typeof recommendationStatusSchema>;

export const implementationStatuses = [
  'not_started',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_implemented',
] as const;
export const implementationStatusSchema = z.enum(implementationStatuses);
export type ImplementationStatus = z.infer<typeof implementationStatusSchema>;

export const recipientKinds = ['government', 'funder', 'other'] as const;
export const recipientKindSchema = z.enum(recipientKinds);
export type RecipientKind = z.infer<typeof recipientKindSchema>;

export const recommendationIdSchema = z.number().int().positive();
const idSchema = z.number().int().positive();

const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max);

/** What the working group writes; unknown fields are refused. */
export const recommendationDraftSchema = z.strictObject({
  kind: recommendationKindSchema,
  title: requiredText(300),
  text: requiredText(20_000),
  rationale: optionalText(20_000),
  workingGroupId: idSchema.nullable(),
  /** The drafting group's name as it stood when drafted; filled from the registry when the id is known. */
  workingGroupName: optionalText(200),
  draftedOn: isoDateSchema,
});
export type RecommendationDraft = z.infer<typeof recommendationDraftSchema>;
export type RecommendationDraftInput = z.input<typeof recommendationDraftSchema>;

/** A request to move a recommendation along its lifecycle; recommendation-lifecycle.ts says which are legal. */
export const statusChangeSchema = z.strictObject({
  to: recommendationStatusSchema,
  on: isoDateSchema,
  /** The meeting where it happened: tabled at, decided at, deferred at, referred back at. */
  meetingId: idSchema.nullable().default(null),
  deferredToMeetingId: idSchema.nullable().default(null),
  note: optionalText(2000).default(null),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type StatusChangeInput = z.input<typeof statusChangeSchema>;

export const followUpDraftSchema = z
  .strictObject({
    sentTo: requiredText(300),
    recipientKind: recipientKindSchema,
    sentOn: isoDateSchema,
    response: optionalText(20_000).default(null),
    responseOn: isoDateSchema.nullable().default(null),
  })
  .superRefine((draft, context) => {
    if (draft.response && !draft.responseOn) {
      context.addIssue(fieldRule(['responseOn'], 'responseDateRequired'));
    }
    if (draft.responseOn && !draft.response) {
      context.addIssue(fieldRule(['response'], 'responseRequired'));
    }
    if (draft.responseOn && draft.responseOn < draft.sentOn) {
      context.addIssue(fieldRule(['responseOn'], 'responseBeforeSent'));
    }
  });
export type FollowUpDraft = z.infer<typeof followUpDraftSchema>;
export type FollowUpDraftInput = z.input<typeof followUpDraftSchema>;

export const followUpSchema = z.object({
  id: idSchema,
  recommendationId: idSchema,
  sentTo: z.string(),
  recipientKind: recipientKindSchema,
  sentOn: z.string(),
  response: z.string().nullable(),
  responseOn: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const recommendationEventKinds = ['status', 'follow_up_sent', 'response_recorded', 'implementation'] as const;
export const recommendationEventKindSchema = z.enum(recommendationEventKinds);
export type RecommendationEventKind = z.infer<typeof recommendationEventKindSchema>;

/** One step of the trail; never edited or deleted once written. */
export const recommendationEventSchema = z.object({
  id: idSchema,
  kind: recommendationEventKindSchema,
  fromValue: z.string().nullable(),
  toValue: z.string().nullable(),
  occurredOn: z.string(),
  meetingId: z.number().int().nullable(),
  meetingTitle: z.string().nullable(),
  deferredToMeetingId: z.number().int().nullable(),
  deferredToMeetingTitle: z.string().nullable(),
  voteId: z.number().int().nullable(),
  followUpId: z.number().int().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type RecommendationEvent = z.infer<typeof recommendationEventSchema>;

export const versionSources = ['drafted', 'revised', 'amended', 'restored'] as const;
export const versionSourceSchema = z.enum(versionSources);
export type VersionSource = z.infer<typeof versionSourceSchema>;

/** One wording of the text: drafted, revised by the group, amended by a vote, or restored by a vote's correction. */
export const recommendationVersionSchema = z.object({
  number: z.number().int(),
  text: z.string(),
  source: versionSourceSchema,
  /** The vote that made it (amended) or whose correction restored it. */
  voteId: z.number().int().nullable(),
  meetingId: z.number().int().nullable(),
  meetingTitle: z.string().nullable(),
  madeOn: z.string(),
  recordedAt: z.string(),
});
export type RecommendationVersion = z.infer<typeof recommendationVersionSchema>;

export const recommendationSchema = z.object({
  id: recommendationIdSchema,
  kind: recommendationKindSchema,
  title: z.string(),
  text: z.string(),
  rationale: z.string().nullable(),
  workingGroupId: z.number().int().nullable(),
  workingGroupName: z.string().nullable(),
  draftedOn: z.string(),
  status: recommendationStatusSchema,
  statusOn: z.string(),
  /** The meeting of the latest status change (where it was tabled, decided, deferred or referred back). */
  statusMeetingId: z.number().int().nullable(),
  deferredToMeetingId: z.number().int().nullable(),
  implementationStatus: implementationStatusSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const recommendationSummarySchema = recommendationSchema.pick({
  id: true,
  kind: true,
  title: true,
  workingGroupId: true,
  workingGroupName: true,
  draftedOn: true,
  status: true,
  statusOn: true,
  implementationStatus: true,
});
export type RecommendationSummary = z.infer<typeof recommendationSummarySchema>;
