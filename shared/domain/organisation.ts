import { z } from 'zod';
import { because } from '../validation';
import { isWebAddress, optionalText } from './text-fields';
import { stakeholderCategorySchema } from './stakeholder-categories';
import { memberIdSchema } from './member';
import { organisationSizeSchema } from './organisation-size';
import { agreementStatusSchema, partyRoleSchema } from './funding/codes';

export const organisationIdSchema = z.number().int().positive();

/** An http(s) address; other schemes (javascript:, file:) are refused because the page links to it. */
export const websiteSchema = z
  .string()
  .trim()
  .max(300)
  .refine((value) => value === '' || (isWebAddress(value) && new URL(value).hostname.includes('.')), because('webAddress'))
  .transform((value) => (value === '' ? null : value))
  .nullable();

export const organisationDraftSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The organisation's stakeholder category. */
  sector: stakeholderCategorySchema.nullable(),
  cityOrRegion: optionalText(120),
  website: websiteSchema,
  /** By paid staff; the funding program counts partnerships pairing a smaller one with a larger one. */
  size: organisationSizeSchema.nullable().default(null),
});
export type OrganisationDraft = z.infer<typeof organisationDraftSchema>;
export type OrganisationDraftInput = z.input<typeof organisationDraftSchema>;

export const organisationSchema = z.object({
  id: organisationIdSchema,
  name: z.string(),
  sector: stakeholderCategorySchema.nullable(),
  cityOrRegion: z.string().nullable(),
  website: z.string().nullable(),
  size: organisationSizeSchema.nullable(),
  /** The member record standing for the organisation itself, when it is a member of the Network. */
  networkMemberId: memberIdSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationSummarySchema = organisationSchema
  .pick({ id: true, name: true, sector: true, cityOrRegion: true, size: true, networkMemberId: true })
  .extend({
    peopleCount: z.number().int(),
    /** The funding agreements it is named on, with its role in each (the list shows them). */
    agreements: z.array(z.object({ id: z.number().int(), title: z.string(), role: partyRoleSchema, status: agreementStatusSchema })),
  });
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const organisationPersonSchema = z.object({
  id: memberIdSchema,
  displayName: z.string(),
  alias: z.string().nullable(),
  category: stakeholderCategorySchema,
  active: z.boolean(),
});
export type OrganisationPerson = z.infer<typeof organisationPersonSchema>;
