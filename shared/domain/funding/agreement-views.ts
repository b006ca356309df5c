import { z } from 'zod';
import { fiscalQuarterSchema } from '../fiscal-quarter';
import { organisationSizeSchema } from '../organisation-size';
import { stakeholderCategorySchema } from '../stakeholder-categories';
import { agreementStatusSchema, fundingStreamSchema, partyRoleSchema } from './codes';
import { deliverableKindSchema } from './entries';

/** What the ledger answers about agreements: lists, one agreement whole, and what is due. */

const cents = z.number().int();
const organisationRef = z.object({ id: z.number().int(), name: z.string() });

export const partySchema = z.object({
  organisationId: z.number().int(),
  name: z.string(),
  role: partyRoleSchema,
  size: organisationSizeSchema.nullable(),
  sector: stakeholderCategorySchema.nullable(),
});
export type Party = z.infer<typeof partySchema>;

export const moneyTotalsSchema = z.object({
  approvedCents: cents,
  plannedCents: cents,
  claimedCents: cents,
  paidCents: cents,
  balanceCents: cents,
  unplannedCents: cents,
});

export const agreementSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  stream: fundingStreamSchema,
  status: agreementStatusSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  lead: organisationRef,
  partnerCount: z.number().int(),
  approvedCents: cents,
  paidCents: cents,
  balanceCents: cents,
});
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const amendmentSchema = z.object({ id: z.number().int(), amendedOn: z.string(), newAmountCents: cents, reason: z.string() });
export type AmendmentView = z.infer<typeof amendmentSchema>;

export const instalmentSchema = z.object({
  id: z.number().int(),
  dueOn: z.string(),
  amountCents: cents,
  note: z.string().nullable(),
  quarter: fiscalQuarterSchema,
});
export type Instalment = z.infer<typeof instalmentSchema>;

export const claimSchema = z.object({
  id: z.number().int(),
  receivedOn: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  amountCents: cents,
  note: z.string().nullable(),
  quarter: fiscalQuarterSchema,
  /** The claim charged to each fiscal year its period touches, by days; one entry when it does not cross March 31. */
  byFiscalYear: z.array(z.object({ fiscalYear: z.number().int(), days: z.number().int(), amountCents: cents })),
});
export type Claim = z.infer<typeof claimSchema>;

export const paymentSchema = z.object({
  id: z.number().int(),
  paidOn: z.string(),
  amountCents: cents,
  claimId: z.number().int().nullable(),
  note: z.string().nullable(),
  /** The fiscal quarter the payment lands in. */
  quarter: fiscalQuarterSchema,
});
export type Payment = z.infer<typeof paymentSchema>;

export const deliverableSchema = z.object({
  id: z.number().int(),
  kind: deliverableKindSchema,
  description: z.string().nullable(),
  dueOn: z.string(),
  receivedOn: z.string().nullable(),
  note: z.string().nullable(),
});
export type Deliverable = z.infer<typeof deliverableSchema>;

export const quarterMoneySchema = z.object({
  quarter: fiscalQuarterSchema,
  plannedCents: cents,
  claimedCents: cents,
  paidCents: cents,
  paidToDateCents: cents,
});

export const agreementDetailSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  stream: fundingStreamSchema,
  purpose: z.string(),
  status: agreementStatusSchema,
  /** Where it may go next, for the status buttons. */
  nextStatuses: z.array(agreementStatusSchema),
  /** The amount first approved; money.approvedCents is the amount after amendments. */
  originalApprovedCents: cents,
  startsOn: z.string(),
  endsOn: z.string(),
  workingGroup: organisationRef.nullable(),
  recommendation: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  notes: z.string().nullable(),
  parties: z.array(partySchema),
  amendments: z.array(amendmentSchema),
  instalments: z.array(instalmentSchema),
  claims: z.array(claimSchema),
  payments: z.array(paymentSchema),
  deliverables: z.array(deliverableSchema),
  money: moneyTotalsSchema,
  byQuarter: z.array(quarterMoneySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;

/** A milestone or report on the Dashboard. */
export const dueDeliverableSchema = deliverableSchema.extend({
  agreementId: z.number().int(),
  agreementTitle: z.string(),
  lead: z.string(),
});
export type DueDeliverable = z.infer<typeof dueDeliverableSchema>;

/** One organisation's place in the funding program, for its page. */
export const organisationFundingSchema = z.object({
  agreements: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      stream: fundingStreamSchema,
      status: agreementStatusSchema,
      role: partyRoleSchema,
      startsOn: z.string(),
      endsOn: z.string(),
    }),
  ),
  /** Organisations it works with on at least one agreement, with the agreements they share. */
  partners: z.array(organisationRef.extend({ size: organisationSizeSchema.nullable(), agreementIds: z.array(z.number().int()) })),
  mentors: z.array(organisationRef.extend({ agreementIds: z.array(z.number().int()) })),
  mentoring: z.array(organisationRef.extend({ agreementIds: z.array(z.number().int()) })),
});
export type OrganisationFunding = z.infer<typeof organisationFundingSchema>;
