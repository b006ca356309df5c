import { payableStatuses } from '../../../shared/domain/funding/agreement';
import type { ClaimDraft } from '../../../shared/domain/funding/entries';
import { firstOverpayment } from '../../../shared/domain/funding/money';
import { DomainError, notFound } from '../../domain-error';
import type { Executor } from '../database';
import { findAgreementRow } from './agreement-repository';
import { amendmentStore, paymentStore } from './entry-stores';
import type { AgreementRow } from './funding-tables';

/** The rules an agreement's money obeys, checked inside the write's transaction before it commits. */

export async function requireAgreement(db: Executor, id: number): Promise<AgreementRow> {
  const agreement = await findAgreementRow(db, id);
  if (!agreement) throw notFound('agreement', id);
  return agreement;
}

/** Claims and payments belong to an approved agreement; a proposal or a cancelled one has no money moving. */
export function assertPayable(agreement: AgreementRow): void {
  if (payableStatuses.has(agreement.status)) return;
  throw new DomainError('illegal_transition', `"${agreement.title}" is ${agreement.status}: no claim or payment can be recorded on it`, [], {
    reason: 'funding.notPayable',
    params: { title: agreement.title, status: agreement.status },
  });
}

/**
 * Refuses the change if, on any day, more would have been paid than the amount approved that day.
 * Run after every change to payments or amendments, so no order of edits can get around it.
 */
export async function assertNoOverpayment(db: Executor, agreement: AgreementRow): Promise<void> {
  const amendments = await amendmentStore.list(db, agreement.id);
  const payments = await paymentStore.list(db, agreement.id);
  const problem = firstOverpayment(
    agreement.approved_cents,
    amendments.map((amendment) => ({ id: amendment.id, amendedOn: amendment.amendedOn, newAmountCents: amendment.newAmountCents })),
    payments.map((payment) => ({ on: payment.paidOn, amountCents: payment.amountCents })),
  );
  if (!problem) return;
  throw new DomainError(
    'conflict',
    `By ${problem.on}, "${agreement.title}" would have paid ${problem.paidCents} cents of the ${problem.approvedCents} approved; record an amendment of the amount first`,
    [],
    { reason: 'funding.overpayment', params: { title: agreement.title, on: problem.on, paid: problem.paidCents, approved: problem.approvedCents } },
  );
}

/** A claim covers expenses within the agreement's own dates. */
export function assertClaimWithinAgreement(agreement: AgreementRow, claim: ClaimDraft): void {
  if (claim.periodFrom >= agreement.starts_on && claim.periodTo <= agreement.ends_on) return;
  const problem = { reason: 'funding.claimOutsideAgreement', params: { startsOn: agreement.starts_on, endsOn: agreement.ends_on } } as const;
  throw new DomainError(
    'invalid_input',
    `The claim's period must fall within the agreement's dates (${agreement.starts_on} to ${agreement.ends_on})`,
    [{ path: claim.periodFrom < agreement.starts_on ? 'claim.periodFrom' : 'claim.periodTo', message: 'is outside the agreement', ...problem }],
    problem,
  );
}

/** A payment can answer only a claim of its own agreement. */
export async function assertClaimOfAgreement(db: Executor, agreementId: number, claimId: number | null): Promise<void> {
  if (claimId === null) return;
  const claim = await db.selectFrom('funding_claims').select('agreement_id').where('id', '=', claimId).executeTakeFirst();
  if (claim?.agreement_id === agreementId) return;
  const problem = { reason: 'funding.claimElsewhere' } as const;
  throw new DomainError('invalid_input', `Claim ${claimId} is not a claim of this agreement`, [
    { path: 'payment.claimId', message: 'is not a claim of this agreement', ...problem },
  ], problem);
}

/** New dates for an agreement must still hold every claim already recorded on it. */
export async function assertDatesHoldClaims(db: Executor, agreementId: number, startsOn: string, endsOn: string): Promise<void> {
  const outside = await db
    .selectFrom('funding_claims')
    .select(['period_from', 'period_to'])
    .where('agreement_id', '=', agreementId)
    .where((eb) => eb.or([eb('period_from', '<', startsOn), eb('period_to', '>', endsOn)]))
    .executeTakeFirst();
  if (!outside) return;
  const problem = { reason: 'funding.claimOutsideAgreement', params: { startsOn, endsOn } } as const;
  throw new DomainError(
    'invalid_input',
    `A claim already recorded covers ${outside.period_from} to ${outside.period_to}, outside the new dates`,
    [{ path: outside.period_from < startsOn ? 'agreement.startsOn' : 'agreement.endsOn', message: 'leaves a recorded claim outside the agreement', ...problem }],
    problem,
  );
}
