import { z } from 'zod';
import '../validation';
import { isoDateSchema } from './dates';
import { agendaItemKindSchema } from './agenda';
import { minutesStatusSchema } from './minutes-state';

export const actionItemStatuses = ['open', 'in_progress', 'done'] as const;
export const actionItemStatusSchema = z.enum(actionItemStatuses);
export type ActionItemStatus = z.infer<typeof actionItemStatusSchema>;

const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max);

export const sectionEditSchema = z.strictObject({
  notes: longText(20_000),
  decisions: longText(10_000),
});

export const testimonyDraftSchema = z.strictObject({
  memberId: z.number().int().positive().nullable(),
  summary: longText(10_000).min(1),
});

export const actionItemDraftSchema = z.strictObject({
  description: longText(1000).min(1),
  sectionId: z.number().int().positive().nullable(),
  ownerMemberId: z.number().int().positive().nullable(),
  ownerName: longText(200)
    .transform((value) => (value === '' ? null : value))
    .nullable(),
  dueOn: isoDateSchema.nullable(),
  status: actionItemStatusSchema,
});
export type ActionItemDraft = z.infer<typeof actionItemDraftSchema>;

export const amendmentDraftSchema = z.strictObject({
  amendedOn: isoDateSchema,
  reason: longText(2000).min(1),
  text: longText(20_000).min(1),
  sectionId: z.number().int().positive().nullable(),
});
export type AmendmentDraft = z.infer<typeof amendmentDraftSchema>;

export const testimonySchema = z.object({
  id: z.number().int(),
  memberId: z.number().int().nullable(),
  /** Alias unless the consent register lets the worker be named. */
  speaker: z.string().nullable(),
  speakerIsAlias: z.boolean(),
  summary: z.string(),
});

export const minutesSectionSchema = z.object({
  id: z.number().int(),
  agendaItemId: z.number().int().nullable(),
  position: z.number().int(),
  kind: agendaItemKindSchema,
  heading: z.string(),
  notes: z.string(),
  decisions: z.string(),
  testimonies: z.array(testimonySchema),
});
export type MinutesSection = z.infer<typeof minutesSectionSchema>;

export const actionItemSchema = z.object({
  id: z.number().int(),
  minutesId: z.number().int(),
  meetingId: z.number().int(),
  meetingTitle: z.string(),
  sectionId: z.number().int().nullable(),
  description: z.string(),
  ownerMemberId: z.number().int().nullable(),
  /** The owner as shown: a member's agenda name (alias for workers) or the free-text owner. */
  owner: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: actionItemStatusSchema,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const amendmentSchema = z.object({
  id: z.number().int(),
  sectionId: z.number().int().nullable(),
  amendedOn: z.string(),
  reason: z.string(),
  text: z.string(),
  createdAt: z.string(),
});

export const minutesSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  status: minutesStatusSchema,
  circulatedOn: z.string().nullable(),
  approvedAtMeetingId: z.number().int().nullable(),
  approvedAtMeetingTitle: z.string().nullable(),
  approvedOn: z.string().nullable(),
  /** The motion that approved them, when a vote did. */
  approvedByVoteId: z.number().int().nullable(),
  locked: z.boolean(),
  sections: z.array(minutesSectionSchema),
  actionItems: z.array(actionItemSchema),
  amendments: z.array(amendmentSchema),
});
export type Minutes = z.infer<typeof minutesSchema>;

export const minutesAwaitingApprovalSchema = z.object({
  minutesId: z.number().int(),
  meetingId: z.number().int(),
  meetingTitle: z.string(),
  heldOn: z.string(),
  status: minutesStatusSchema,
  circulatedOn: z.string().nullable(),
});
