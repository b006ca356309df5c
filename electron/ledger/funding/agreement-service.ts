import { amountFixedBy, nextAgreementStatuses, type AgreementDraft } from '../../../shared/domain/funding/agreement';
import type { AgreementDetail } from '../../../shared/domain/funding/agreement-views';
import type { AgreementStatus } from '../../../shared/domain/funding/codes';
import { DomainError } from '../../domain-error';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { readAgreementDetail } from './agreement-detail';
import { insertAgreement, setAgreementStatus, updateAgreementRow } from './agreement-repository';
import { assertDatesHoldClaims, assertNoOverpayment, requireAgreement } from './funding-rules';
import { missingOrganisations, replaceParties } from './party-repository';

/** What the audit log keeps of an agreement: its fields and organisations, as the coordinator typed them. */
function audited(detail: AgreementDetail): Record<string, unknown> {
  return {
    title: detail.title,
    stream: detail.stream,
    purpose: detail.purpose,
    status: detail.status,
    approvedCents: detail.originalApprovedCents,
    startsOn: detail.startsOn,
    endsOn: detail.endsOn,
    workingGroupId: detail.workingGroup?.id ?? null,
    recommendationId: detail.recommendation?.id ?? null,
    notes: detail.notes,
    parties: detail.parties.map((party) => `${party.organisationId}:${party.role}`),
  };
}

function refused(path: string, reason: 'funding.organisationMissing' | 'funding.workingGroupMissing' | 'funding.recommendationMissing', message: string) {
  return new DomainError('invalid_input', message, [{ path, message: 'is no longer in the ledger', reason }], { reason });
}

/** The organisations, working group and recommendation named must exist (one may have gone since the form opened). */
async function assertReferences(db: Executor, draft: AgreementDraft): Promise<void> {
  const missing = await missingOrganisations(db, draft.parties.map((party) => party.organisationId));
  if (missing.length > 0) {
    const index = draft.parties.findIndex((party) => party.organisationId === missing[0]);
    throw refused(`agreement.parties.${index}.organisationId`, 'funding.organisationMissing', `Organisation ${missing[0]} does not exist`);
  }
  if (draft.workingGroupId !== null) {
    const group = await db.selectFrom('working_groups').select('id').where('id', '=', draft.workingGroupId).executeTakeFirst();
    if (!group) throw refused('agreement.workingGroupId', 'funding.workingGroupMissing', `Working group ${draft.workingGroupId} does not exist`);
  }
  if (draft.recommendationId !== null) {
    const found = await db.selectFrom('recommendations').select('id').where('id', '=', draft.recommendationId).executeTakeFirst();
    if (!found) throw refused('agreement.recommendationId', 'funding.recommendationMissing', `Recommendation ${draft.recommendationId} does not exist`);
  }
}

/** Records an agreement inside a transaction the caller owns (the demo network uses it too). */
export async function createAgreementIn(trx: Executor, audit: AuditTrail, draft: AgreementDraft, status: AgreementStatus, at: string): Promise<AgreementDetail> {
  await assertReferences(trx, draft);
  const id = await insertAgreement(trx, draft, status, at);
  await replaceParties(trx, id, draft.parties);
  const created = await readAgreementDetail(trx, id);
  audit.record({ entityType: 'funding_agreement', entityId: id, changes: diffFields(null, audited(created)) });
  return created;
}

export function createAgreement(ledger: Ledger, draft: AgreementDraft, status: AgreementStatus): Promise<AgreementDetail> {
  return ledger.write('funding.agreements.create', (trx, audit) => createAgreementIn(trx, audit, draft, status, ledger.now().toISOString()));
}

export function updateAgreement(ledger: Ledger, id: number, draft: AgreementDraft): Promise<AgreementDetail> {
  return ledger.write('funding.agreements.update', async (trx, audit) => {
    const row = await requireAgreement(trx, id);
    const before = await readAgreementDetail(trx, id);
    if (amountFixedBy(row.status) && draft.approvedCents !== row.approved_cents) {
      const problem = { reason: 'funding.amountNeedsAmendment', params: { title: row.title } } as const;
      throw new DomainError('illegal_transition', `"${row.title}" is ${row.status}: change its amount by recording an amendment`, [
        { path: 'agreement.approvedCents', message: 'can only change by amendment once the agreement is approved', ...problem },
      ], problem);
    }
    await assertReferences(trx, draft);
    await assertDatesHoldClaims(trx, id, draft.startsOn, draft.endsOn);
    await updateAgreementRow(trx, id, draft, ledger.now().toISOString());
    await replaceParties(trx, id, draft.parties);
    await assertNoOverpayment(trx, { ...row, approved_cents: draft.approvedCents });
    const after = await readAgreementDetail(trx, id);
    audit.record({ entityType: 'funding_agreement', entityId: id, changes: diffFields(audited(before), audited(after)) });
    return after;
  });
}

export function changeAgreementStatus(ledger: Ledger, id: number, status: AgreementStatus): Promise<AgreementDetail> {
  return ledger.write('funding.agreements.setStatus', async (trx, audit) => {
    const row = await requireAgreement(trx, id);
    if (!nextAgreementStatuses[row.status].includes(status)) {
      const allowed = nextAgreementStatuses[row.status];
      throw new DomainError(
        'illegal_transition',
        `"${row.title}" is ${row.status} and cannot become ${status}${allowed.length ? `; it can become ${allowed.join(' or ')}` : ': that status is final'}`,
        [],
        { reason: 'funding.cannotMove', params: { title: row.title, from: row.status, to: status } },
      );
    }
    await setAgreementStatus(trx, id, status, ledger.now().toISOString());
    audit.record({ entityType: 'funding_agreement', entityId: id, changes: { status: { from: row.status, to: status } } });
    return readAgreementDetail(trx, id);
  });
}
