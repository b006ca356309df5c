import type { AgreementDetail } from '../../../shared/domain/funding/agreement-views';
import type { AmendmentDraft, ClaimDraft, DeliverableDraft, InstalmentDraft, PaymentDraft } from '../../../shared/domain/funding/entries';
import { notFound } from '../../domain-error';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { readAgreementDetail } from './agreement-detail';
import { touchAgreement } from './agreement-repository';
import { amendmentStore, claimStore, deliverableStore, instalmentStore, paymentStore, type EntryStore } from './entry-stores';
import type { AgreementRow } from './funding-tables';
import {
  assertClaimOfAgreement,
  assertClaimWithinAgreement,
  assertNoOverpayment,
  assertPayable,
  requireAgreement,
} from './funding-rules';

/** One kind of entry: where it is stored, the contract's operation prefix, and its own rules. */
export interface EntryKind<Draft> {
  readonly store: EntryStore<Draft>;
  /** "funding.payments": the audit log names the operation "funding.payments.add" and so on. */
  readonly operation: string;
  check?(db: Executor, agreement: AgreementRow, draft: Draft): Promise<void> | void;
}

export const amendments: EntryKind<AmendmentDraft> = { store: amendmentStore, operation: 'funding.amendments' };
export const instalments: EntryKind<InstalmentDraft> = { store: instalmentStore, operation: 'funding.instalments' };
export const deliverables: EntryKind<DeliverableDraft> = { store: deliverableStore, operation: 'funding.deliverables' };
export const claims: EntryKind<ClaimDraft> = {
  store: claimStore,
  operation: 'funding.claims',
  check: (_db, agreement, claim) => {
    assertPayable(agreement);
    assertClaimWithinAgreement(agreement, claim);
  },
};
export const payments: EntryKind<PaymentDraft> = {
  store: paymentStore,
  operation: 'funding.payments',
  check: async (db, agreement, payment) => {
    assertPayable(agreement);
    await assertClaimOfAgreement(db, agreement.id, payment.claimId);
  },
};

/**
 * Each change is one transaction: the entry, the agreement's stamp and the audit entry, after the
 * over-payment rule holds for the agreement as it would then stand (every kind runs it: it is cheap,
 * and no sequence of edits can then leave an agreement paid beyond its amount).
 */
async function finish(db: Executor, agreement: AgreementRow, at: string): Promise<AgreementDetail> {
  await touchAgreement(db, agreement.id, at);
  await assertNoOverpayment(db, agreement);
  return readAgreementDetail(db, agreement.id);
}

/** Adds an entry inside a transaction the caller owns (the demo network uses it too). */
export async function addEntryIn<Draft extends Record<string, unknown>>(
  trx: Executor,
  audit: AuditTrail,
  kind: EntryKind<Draft>,
  agreementId: number,
  draft: Draft,
  at: string,
): Promise<AgreementDetail> {
  const agreement = await requireAgreement(trx, agreementId);
  await kind.check?.(trx, agreement, draft);
  const id = await kind.store.insert(trx, agreementId, draft, at);
  audit.record({ entityType: kind.store.entity, entityId: id, changes: diffFields(null, { agreementId, ...draft }) });
  return finish(trx, agreement, at);
}

export function addEntry<Draft extends Record<string, unknown>>(ledger: Ledger, kind: EntryKind<Draft>, agreementId: number, draft: Draft): Promise<AgreementDetail> {
  return ledger.write(`${kind.operation}.add`, (trx, audit) => addEntryIn(trx, audit, kind, agreementId, draft, ledger.now().toISOString()));
}

async function requireEntry<Draft>(db: Executor, kind: EntryKind<Draft>, id: number) {
  const entry = await kind.store.find(db, id);
  if (!entry) throw notFound('fundingEntry', id);
  return entry;
}

export function updateEntry<Draft extends Record<string, unknown>>(ledger: Ledger, kind: EntryKind<Draft>, id: number, draft: Draft): Promise<AgreementDetail> {
  return ledger.write(`${kind.operation}.update`, async (trx, audit) => {
    const before = await requireEntry(trx, kind, id);
    const agreement = await requireAgreement(trx, before.agreementId);
    await kind.check?.(trx, agreement, draft);
    const at = ledger.now().toISOString();
    await kind.store.update(trx, id, draft, at);
    audit.record({ entityType: kind.store.entity, entityId: id, changes: diffFields({ ...before.draft }, { ...draft }) });
    return finish(trx, agreement, at);
  });
}

export function removeEntry<Draft extends Record<string, unknown>>(ledger: Ledger, kind: EntryKind<Draft>, id: number): Promise<AgreementDetail> {
  return ledger.write(`${kind.operation}.remove`, async (trx, audit) => {
    const before = await requireEntry(trx, kind, id);
    const agreement = await requireAgreement(trx, before.agreementId);
    await kind.store.remove(trx, id);
    const gone = Object.fromEntries(Object.keys(before.draft).map((field) => [field, null]));
    audit.record({
      entityType: kind.store.entity,
      entityId: id,
      changes: { ...diffFields({ ...before.draft }, gone), removed: { from: false, to: true } },
    });
    return finish(trx, agreement, ledger.now().toISOString());
  });
}
