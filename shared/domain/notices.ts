import { z } from 'zod';
import { languageCodeSchema } from './languages';
import { meetingKindSchema } from './meeting';
import { noticeFields, placeholderFor, placeholdersIn, unknownPlaceholders } from './notice-fields';
import { redactionHitSchema } from './report';
import { because, fieldRule } from '../validation';

/** An invitation while the meeting is planned; a cancellation once it is cancelled. */
export const noticePurposes = ['invitation', 'cancellation'] as const;
export const noticePurposeSchema = z.enum(noticePurposes);
export type NoticePurpose = z.infer<typeof noticePurposeSchema>;

/** The app ships English and French; a member whose language has no text gets one of them. */
export const noticeFallbackLanguageSchema = z.enum(['en', 'fr']);
export type NoticeFallbackLanguage = z.infer<typeof noticeFallbackLanguageSchema>;

/** Notice languages in the order lists show them: English and French (the app's own) first, then by code. */
export function compareNoticeLanguages(a: string, b: string): number {
  const rank = (language: string) => (language === 'en' ? '0' : language === 'fr' ? '1' : `2${language}`);
  return rank(a).localeCompare(rank(b));
}

export const noticeTemplateKeySchema = z.strictObject({
  kind: meetingKindSchema,
  purpose: noticePurposeSchema,
  language: languageCodeSchema,
});
export type NoticeTemplateKey = z.infer<typeof noticeTemplateKeySchema>;

const fieldList = noticeFields.map(placeholderFor).join(', ');

export const noticeTemplateDraftSchema = noticeTemplateKeySchema
  .extend({
    subject: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .refine((value) => !/[\r\n]/.test(value), because('oneLine')),
    body: z.string().trim().min(1).max(10_000),
  })
  .superRefine((draft, context) => {
    for (const field of ['subject', 'body'] as const) {
      const unknown = unknownPlaceholders(draft[field]);
      if (unknown.length > 0) {
        const fields = unknown.map((name) => `{{${name}}}`).join(', ');
        context.addIssue(fieldRule([field], 'unknownNoticeFields', { fields, count: unknown.length, known: fieldList }));
      }
    }
    if (draft.subject !== '' && draft.body !== '' && placeholdersIn(`${draft.subject}\n${draft.body}`).length === 0) {
      context.addIssue(fieldRule(['body'], 'noticeNeedsField'));
    }
  });
export type NoticeTemplateDraft = z.infer<typeof noticeTemplateDraftSchema>;
export type NoticeTemplateDraftInput = z.input<typeof noticeTemplateDraftSchema>;

export const noticeTemplateSchema = z.object({
  kind: meetingKindSchema,
  purpose: noticePurposeSchema,
  language: languageCodeSchema,
  subject: z.string(),
  body: z.string(),
  /** "app": the text that comes with the app (English, French); "coordinator": written or edited here. */
  source: z.enum(['app', 'coordinator']),
  updatedAt: z.string().nullable(),
});
export type NoticeTemplate = z.infer<typeof noticeTemplateSchema>;

export const noticeRecipientSchema = z.object({
  memberId: z.number().int(),
  /** What the mail tool shows: the name, or the alias when the member is not to be named. */
  name: z.string(),
  email: z.string(),
  preferredLanguage: languageCodeSchema.nullable(),
});
export type NoticeRecipient = z.infer<typeof noticeRecipientSchema>;

export const noticeGroupSchema = z.object({
  language: languageCodeSchema,
  recipients: z.array(noticeRecipientSchema),
  subject: z.string(),
  body: z.string(),
  /** Placeholders in this language's text that name no field: left visible in the text. */
  unknownFields: z.array(z.string()),
});
export type NoticeGroup = z.infer<typeof noticeGroupSchema>;

/** Expected members the notice will not reach, shown so nobody is dropped without the coordinator knowing. */
export const notReachedSchema = z.object({
  memberId: z.number().int(),
  name: z.string(),
  reason: z.enum(['no_consent', 'no_email']),
});
export type NotReached = z.infer<typeof notReachedSchema>;

export const noticeLogEntrySchema = z.object({
  id: z.number().int(),
  preparedAt: z.string(),
  purpose: noticePurposeSchema,
  languages: z.array(z.object({ language: languageCodeSchema, recipients: z.number().int() })),
  recipients: z.number().int(),
  notReached: z.number().int(),
});
export type NoticeLogEntry = z.infer<typeof noticeLogEntrySchema>;

/** For the readiness list: "sent" once prepared for the meeting as it now is; "outdated" after it changed. */
export const noticeStatusSchema = z.object({
  state: z.enum(['not_sent', 'sent', 'outdated']),
  preparedAt: z.string().nullable(),
});
export type NoticeStatus = z.infer<typeof noticeStatusSchema>;

export const meetingNoticesSchema = z.object({
  meetingId: z.number().int(),
  purpose: noticePurposeSchema,
  fallbackLanguage: noticeFallbackLanguageSchema,
  groups: z.array(noticeGroupSchema),
  notReached: z.array(notReachedSchema),
  /** Migrant workers' real names found in the meeting's texts or the notice texts; each must be confirmed. */
  redactionHits: z.array(redactionHitSchema),
  log: z.array(noticeLogEntrySchema),
  status: noticeStatusSchema,
});
export type MeetingNotices = z.infer<typeof meetingNoticesSchema>;
