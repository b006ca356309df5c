import { z } from 'zod';
import { command, query } from './define-operation';
import { searchText } from '../domain/text-fields';
import { organisationIdSchema } from '../domain/organisation';
import { redactionHitSchema, reportFileSchema, reportLanguageSchema } from '../domain/report';
import { agreementDraftSchema, agreementIdSchema } from '../domain/funding/agreement';
import { agreementStatusSchema, fundingStreamSchema } from '../domain/funding/codes';
import {
  agreementDetailSchema,
  agreementSummarySchema,
  dueDeliverableSchema,
  organisationFundingSchema,
} from '../domain/funding/agreement-views';
import {
  amendmentDraftSchema,
  claimDraftSchema,
  deliverableDraftSchema,
  entryIdSchema,
  instalmentDraftSchema,
  paymentDraftSchema,
} from '../domain/funding/entries';

/** Every write answers with the agreement as it now stands, so its page shows the new balance at once. */
const onAgreement = z.strictObject({ agreementId: agreementIdSchema });
const onEntry = z.strictObject({ id: entryIdSchema });

export const fundingOperations = {
  'funding.agreements.list': query(
    'Funding agreements, newest start first, with their lead organisation, amount approved, paid and balance',
    z.strictObject({
      search: searchText(200),
      status: agreementStatusSchema.nullable().default(null),
      stream: fundingStreamSchema.nullable().default(null),
    }),
    z.object({ items: z.array(agreementSummarySchema) }),
  ),
  'funding.agreements.get': query('One agreement with its organisations, money, milestones and reports', z.strictObject({ id: agreementIdSchema }), agreementDetailSchema),
  'funding.agreements.create': command(
    'Record a funding agreement (a proposal unless another status is given)',
    z.strictObject({ agreement: agreementDraftSchema, status: agreementStatusSchema.default('proposed') }),
    agreementDetailSchema,
  ),
  'funding.agreements.update': command(
    "Replace an agreement's fields and organisations; once approved, its amount changes only by amendment",
    z.strictObject({ id: agreementIdSchema, agreement: agreementDraftSchema }),
    agreementDetailSchema,
  ),
  'funding.agreements.setStatus': command(
    'Move an agreement along: proposed, approved, active, then closed (or cancelled)',
    z.strictObject({ id: agreementIdSchema, status: agreementStatusSchema }),
    agreementDetailSchema,
  ),
  'funding.amendments.add': command(
    'Amend the amount approved (date, new amount, reason)',
    onAgreement.extend({ amendment: amendmentDraftSchema }),
    agreementDetailSchema,
  ),
  'funding.amendments.remove': command('Remove an amendment recorded in error, if what was paid stays within the amount', onEntry, agreementDetailSchema),
  'funding.instalments.add': command('Plan an instalment', onAgreement.extend({ instalment: instalmentDraftSchema }), agreementDetailSchema),
  'funding.instalments.update': command('Change a planned instalment', onEntry.extend({ instalment: instalmentDraftSchema }), agreementDetailSchema),
  'funding.instalments.remove': command('Remove a planned instalment', onEntry, agreementDetailSchema),
  'funding.claims.add': command('Record a claim received', onAgreement.extend({ claim: claimDraftSchema }), agreementDetailSchema),
  'funding.claims.update': command('Correct a claim', onEntry.extend({ claim: claimDraftSchema }), agreementDetailSchema),
  'funding.claims.remove': command('Remove a claim recorded in error', onEntry, agreementDetailSchema),
  'funding.payments.add': command(
    'Record a payment; refused if it would pay beyond the amount approved',
    onAgreement.extend({ payment: paymentDraftSchema }),
    agreementDetailSchema,
  ),
  'funding.payments.update': command('Correct a payment', onEntry.extend({ payment: paymentDraftSchema }), agreementDetailSchema),
  'funding.payments.remove': command('Remove a payment recorded in error', onEntry, agreementDetailSchema),
  'funding.deliverables.add': command(
    'Add a milestone or a report the agreement owes',
    onAgreement.extend({ deliverable: deliverableDraftSchema }),
    agreementDetailSchema,
  ),
  'funding.deliverables.update': command(
    'Change a milestone or report, or record it as received',
    onEntry.extend({ deliverable: deliverableDraftSchema }),
    agreementDetailSchema,
  ),
  'funding.deliverables.remove': command('Remove a milestone or report', onEntry, agreementDetailSchema),
  'funding.due': query(
    'Milestones and reports of approved, active or closed agreements: due in the next 30 days, and overdue',
    z.strictObject({}),
    z.object({ today: z.string(), dueSoon: z.array(dueDeliverableSchema), overdue: z.array(dueDeliverableSchema) }),
  ),
  'funding.paymentSchedule.redactionCheck': query(
    "Real names of migrant-worker members found in the payment schedule's agreement titles and lead organisations",
    z.strictObject({ agreementId: agreementIdSchema.nullable().default(null) }),
    z.object({ hits: z.array(redactionHitSchema) }),
  ),
  'funding.paymentSchedule.export': query(
    "The payment schedule for the funder (.xlsx, totals as formulas): one agreement, or every funded one; refused while a name found in it is unconfirmed",
    z.strictObject({
      agreementId: agreementIdSchema.nullable().default(null),
      language: reportLanguageSchema,
      confirmedHits: z.array(z.string().max(400)).max(1000).default([]),
    }),
    reportFileSchema,
  ),
  'funding.organisation': query(
    "An organisation's agreements, whom it works with, who mentors it and whom it mentors",
    z.strictObject({ organisationId: organisationIdSchema }),
    organisationFundingSchema,
  ),
} as const;
