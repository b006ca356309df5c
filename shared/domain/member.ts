import { z } from 'zod';
import { because, fieldRule } from '../validation';
import { optionalText } from './text-fields';
import { isMigrantWorkerCategory, stakeholderCategorySchema } from './stakeholder-categories';
import { languageCodeSchema } from './languages';
import { isoDateSchema } from './dates';

export const memberKinds = ['individual', 'organisation'] as const;
export const memberKindSchema = z.enum(memberKinds);


/** 7 to 15 digits, with the punctuation people write phone numbers with. */
export const phoneSchema = z
  .string()
  .trim()
  .refine((value) => /^\+?[\d\s().-]{7,25}(\s*(ext\.?|x)\s*\d{1,6})?$/i.test(value), { ...because('phone'), abort: true })
  .refine((value) => {
    const digits = value.replace(/(ext\.?|x)\s*\d+$/i, '').replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  }, because('phoneDigits'));

export const emailSchema = z.string().trim().email();

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/**
 * Every rule of a member but the alias one. An import checks its rows with it, then gives each
 * migrant worker without an alias one of the app's proposals before anything is written.
 */
export const memberFieldsSchema = z
  .strictObject({
    kind: memberKindSchema,
    displayName: z.string().trim().min(1).max(200),
    alias: optionalText(100),
    category: stakeholderCategorySchema,
    organisationName: optionalText(200),
    languages: z.array(languageCodeSchema).max(20).refine((codes) => new Set(codes).size === codes.length, because('languageTwice')),
    preferredLanguage: languageCodeSchema.nullable(),
    email: z.preprocess(emptyToNull, emailSchema.max(254).nullable()),
    phone: z.preprocess(emptyToNull, phoneSchema.nullable()),
    mayContact: z.boolean(),
    mayBeNamed: z.boolean(),
    joinedOn: isoDateSchema,
    leftOn: isoDateSchema.nullable(),
    notes: optionalText(5000),
  })
  .superRefine((draft, context) => {
    if (draft.preferredLanguage && !draft.languages.includes(draft.preferredLanguage)) {
      context.addIssue(fieldRule(['preferredLanguage'], 'preferredNotSpoken'));
    }
    if (draft.leftOn && draft.leftOn < draft.joinedOn) {
      context.addIssue(fieldRule(['leftOn'], 'leftBeforeJoined'));
    }
    if (draft.kind === 'organisation' && draft.organisationName) {
      context.addIssue(fieldRule(['organisationName'], 'onlyForIndividuals'));
    }
  });

/**
 * What the coordinator edits. Unknown fields are refused (strictObject) so a forged call cannot sneak columns in.
 * A current or former migrant worker always has an alias: packets and documents name them by it.
 */
export const memberDraftSchema = memberFieldsSchema.superRefine((draft, context) => {
  if (isMigrantWorkerCategory(draft.category) && !draft.alias) context.addIssue(fieldRule(['alias'], 'aliasRequired'));
});
export type MemberDraft = z.infer<typeof memberDraftSchema>;
export type MemberDraftInput = z.input<typeof memberDraftSchema>;

export const memberIdSchema = z.number().int().positive();

export const memberSchema = z.object({
  id: memberIdSchema,
  kind: memberKindSchema,
  displayName: z.string(),
  alias: z.string().nullable(),
  category: stakeholderCategorySchema,
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
  languages: z.array(languageCodeSchema),
  preferredLanguage: languageCodeSchema.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  mayContact: z.boolean(),
  mayBeNamed: z.boolean(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  active: z.boolean(),
  notes: z.string().nullable(),
  /** Set when the member withdrew: every personal field is already erased. */
  withdrawnAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberSummarySchema = memberSchema.pick({
  id: true,
  kind: true,
  displayName: true,
  alias: true,
  category: true,
  organisationName: true,
  languages: true,
  email: true,
  active: true,
  joinedOn: true,
  withdrawnAt: true,
});
export type MemberSummary = z.infer<typeof memberSummarySchema>;
