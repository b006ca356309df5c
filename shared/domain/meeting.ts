import { z } from 'zod';
import { because, fieldRule } from '../validation';
import { isWebAddress, optionalText } from './text-fields';
import { isoDateSchema, isoTimeSchema } from './dates';
import { defaultMeetingTimeZone, meetingTimeZoneSchema } from './time-zones';

export const meetingKinds = ['plenary', 'working_group', 'workers_forum', 'government_network'] as const;
export const meetingKindSchema = z.enum(meetingKinds);
export type MeetingKind = z.infer<typeof meetingKindSchema>;

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export const meetingStatusSchema = z.enum(meetingStatuses);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingIdSchema = z.number().int().positive();


/** Only web links: a meeting link is opened by people's browsers, so javascript: and file: are refused. */
export const onlineLinkSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => value === '' || isWebAddress(value), because('webAddress'))
  .transform((value) => (value === '' ? null : value))
  .nullable();

export const meetingDraftSchema = z
  .strictObject({
    kind: meetingKindSchema,
    workingGroupId: z.number().int().positive().nullable(),
    title: z.string().trim().min(1).max(200),
    heldOn: isoDateSchema,
    startsAt: isoTimeSchema,
    endsAt: isoTimeSchema,
    /** The zone the date and times are in; older callers that leave it out get the Network's own. */
    timeZone: meetingTimeZoneSchema.default(defaultMeetingTimeZone),
    place: optionalText(300),
    onlineLink: onlineLinkSchema,
    status: meetingStatusSchema,
    workerFriendly: z.boolean(),
    notes: optionalText(5000),
  })
  .superRefine((draft, context) => {
    if (draft.endsAt <= draft.startsAt) {
      context.addIssue(fieldRule(['endsAt'], 'endsBeforeStart'));
    }
    if (draft.kind === 'working_group' && draft.workingGroupId === null) {
      context.addIssue(fieldRule(['workingGroupId'], 'groupRequired'));
    }
    if (draft.kind !== 'working_group' && draft.workingGroupId !== null) {
      context.addIssue(fieldRule(['workingGroupId'], 'onlyForGroupMeetings'));
    }
  });
export type MeetingDraft = z.infer<typeof meetingDraftSchema>;
export type MeetingDraftInput = z.input<typeof meetingDraftSchema>;

export const quarterInfoSchema = z.object({
  /** Government of Canada fiscal year April-March, e.g. "2026-27". */
  fiscalYear: z.string(),
  fiscalQuarter: z.number().int().min(1).max(4),
  calendarYear: z.number().int(),
  calendarQuarter: z.number().int().min(1).max(4),
});
export type QuarterInfo = z.infer<typeof quarterInfoSchema>;

export const meetingSchema = z.object({
  id: meetingIdSchema,
  kind: meetingKindSchema,
  workingGroupId: z.number().int().nullable(),
  title: z.string(),
  heldOn: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: meetingTimeZoneSchema,
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  status: meetingStatusSchema,
  workerFriendly: z.boolean(),
  packetGeneratedAt: z.string().nullable(),
  notes: z.string().nullable(),
  quarter: quarterInfoSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;
