import { z } from 'zod';
import { fieldRule } from '../../validation';
import { isoDateSchema } from '../dates';
import { optionalText } from '../text-fields';
import { organisationIdSchema } from '../organisation';
import { centsSchema } from './cents';
import { fundingStreamSchema, partyRoleSchema, type AgreementStatus } from './codes';

export const agreementIdSchema = z.number().int().positive();

/**
 * Where an agreement may go from each status. Closed and cancelled are final; an active agreement
 * ended early is cancelled (its payments stay on record).
 */
export const nextAgreementStatuses: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  proposed: ['approved', 'cancelled'],
  approved: ['active', 'cancelled'],
  active: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

/** Money moves only once an agreement is approved; a closed one may still pay its last holdback. */
export const payableStatuses: ReadonlySet<AgreementStatus> = new Set(['approved', 'active', 'closed']);

/** Agreements whose reports and milestones are owed (the Dashboard, the report's overdue count). */
export const committedStatuses: readonly AgreementStatus[] = ['approved', 'active', 'closed'];

/** The amount approved can be typed freely only while the agreement is a proposal; then only amended. */
export function amountFixedBy(status: AgreementStatus): boolean {
  return status !== 'proposed';
}

export const partyDraftSchema = z.strictObject({
  organisationId: organisationIdSchema,
  role: partyRoleSchema,
});
export type PartyDraft = z.infer<typeof partyDraftSchema>;

/** Longer programs are renewed by a new agreement; the bound keeps fiscal-year arithmetic small. */
export const maxAgreementYears = 10;

const yearsAfter = (isoDate: string, years: number) => `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;

export const agreementDraftSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    stream: fundingStreamSchema,
    purpose: z.string().trim().min(1).max(4000),
    approvedCents: centsSchema,
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    /** The working group or recommendation the agreement came from, when it did. */
    workingGroupId: z.number().int().positive().nullable(),
    recommendationId: z.number().int().positive().nullable(),
    parties: z.array(partyDraftSchema).min(1).max(40),
    notes: optionalText(4000),
  })
  .superRefine((draft, context) => {
    if (draft.endsOn < draft.startsOn) context.addIssue(fieldRule(['endsOn'], 'endBeforeStartDate'));
    else if (draft.endsOn > yearsAfter(draft.startsOn, maxAgreementYears)) {
      context.addIssue(fieldRule(['endsOn'], 'periodTooLong', { years: maxAgreementYears }));
    }
    const leads = draft.parties.filter((party) => party.role === 'lead').length;
    if (leads !== 1) context.addIssue(fieldRule(['parties'], 'oneLead', { count: leads }));
    const seen = new Set<number>();
    draft.parties.forEach((party, index) => {
      if (seen.has(party.organisationId)) context.addIssue(fieldRule(['parties', index, 'organisationId'], 'organisationTwice'));
      seen.add(party.organisationId);
    });
  });
export type AgreementDraft = z.infer<typeof agreementDraftSchema>;
export type AgreementDraftInput = z.input<typeof agreementDraftSchema>;
