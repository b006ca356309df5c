import { z } from 'zod';
import '../validation';
import { isoDateSchema } from './dates';
import { memberIdSchema } from './member';

/** How the coordinator received consent. */
export const consentMethods = ['signed_form', 'verbal_in_person', 'verbal_phone', 'email', 'through_interpreter', 'other'] as const;
/** Entries the app writes itself: the member form's checkboxes, and withdrawal. */
export const systemConsentMethods = ['member_form', 'withdrawal'] as const;
export const consentMethodSchema = z.enum(consentMethods);
export const anyConsentMethodSchema = z.enum([...consentMethods, ...systemConsentMethods]);
export type ConsentMethod = z.infer<typeof anyConsentMethodSchema>;

export const consentScopes = ['mayContact', 'mayBeNamed', 'testimonyMayBeRecorded', 'mayAppearInPhotos'] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const consentDraftSchema = z.strictObject({
  mayContact: z.boolean(),
  mayBeNamed: z.boolean(),
  testimonyMayBeRecorded: z.boolean(),
  mayAppearInPhotos: z.boolean(),
  givenOn: isoDateSchema,
  method: consentMethodSchema,
  note: z
    .string()
    .trim()
    .max(1000)
    .transform((value) => (value === '' ? null : value))
    .nullable(),
});
export type ConsentDraft = z.infer<typeof consentDraftSchema>;
export type ConsentDraftInput = z.input<typeof consentDraftSchema>;

export const consentEntrySchema = z.object({
  id: z.number().int().positive(),
  memberId: memberIdSchema,
  mayContact: z.boolean(),
  mayBeNamed: z.boolean(),
  testimonyMayBeRecorded: z.boolean(),
  mayAppearInPhotos: z.boolean(),
  givenOn: z.string(),
  method: anyConsentMethodSchema,
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type ConsentEntry = z.infer<typeof consentEntrySchema>;
