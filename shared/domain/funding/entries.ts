import { z } from 'zod';
import { fieldRule } from '../../validation';
import { isoDateSchema } from '../dates';
import { optionalText } from '../text-fields';
import { centsSchema, positiveCentsSchema } from './cents';

/** What the coordinator types for each kind of entry on an agreement; ids and stamps come from the ledger. */

export const entryIdSchema = z.number().int().positive();

export const instalmentDraftSchema = z.strictObject({
  dueOn: isoDateSchema,
  amountCents: positiveCentsSchema,
  note: optionalText(1000),
});
export type InstalmentDraft = z.infer<typeof instalmentDraftSchema>;

/** A claim for expenses of a period; a period crossing March 31 is split by fiscal year. */
export const claimDraftSchema = z
  .strictObject({
    receivedOn: isoDateSchema,
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    amountCents: positiveCentsSchema,
    note: optionalText(1000),
  })
  .superRefine((draft, context) => {
    if (draft.periodTo < draft.periodFrom) context.addIssue(fieldRule(['periodTo'], 'endBeforeStartDate'));
  });
export type ClaimDraft = z.infer<typeof claimDraftSchema>;

export const paymentDraftSchema = z.strictObject({
  paidOn: isoDateSchema,
  amountCents: positiveCentsSchema,
  /** The claim the payment answers, when it answers one. */
  claimId: entryIdSchema.nullable(),
  note: optionalText(1000),
});
export type PaymentDraft = z.infer<typeof paymentDraftSchema>;

/** The only way to change the amount approved once an agreement is approved. */
export const amendmentDraftSchema = z.strictObject({
  amendedOn: isoDateSchema,
  newAmountCents: centsSchema,
  reason: z.string().trim().min(1).max(2000),
});
export type AmendmentDraft = z.infer<typeof amendmentDraftSchema>;

export const deliverableKinds = ['milestone', 'interim_report', 'final_report'] as const;
export const deliverableKindSchema = z.enum(deliverableKinds);
export type DeliverableKind = z.infer<typeof deliverableKindSchema>;

/** A milestone, or a report the agreement owes; received (or met) once its date is set. */
export const deliverableDraftSchema = z
  .strictObject({
    kind: deliverableKindSchema,
    description: optionalText(300),
    dueOn: isoDateSchema,
    receivedOn: isoDateSchema.nullable(),
    note: optionalText(1000),
  })
  .superRefine((draft, context) => {
    // A report is named by its kind; a milestone says what it is.
    if (draft.kind === 'milestone' && !draft.description) context.addIssue(fieldRule(['description'], 'required'));
  });
export type DeliverableDraft = z.infer<typeof deliverableDraftSchema>;
export type DeliverableDraftInput = z.input<typeof deliverableDraftSchema>;
