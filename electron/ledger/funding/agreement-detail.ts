import { nextAgreementStatuses } from '../../../shared/domain/funding/agreement';
import type { AgreementDetail } from '../../../shared/domain/funding/agreement-views';
import { splitByFiscalYear } from '../../../shared/domain/funding/fiscal-year-split';
import { approvedOn, moneyByQuarter, moneyTotals } from '../../../shared/domain/funding/money';
import { fiscalQuarterOf } from '../../../shared/domain/fiscal-quarter';
import type { Executor } from '../database';
import { amendmentStore, claimStore, deliverableStore, instalmentStore, paymentStore } from './entry-stores';
import { requireAgreement } from './funding-rules';
import { readParties } from './party-repository';

async function originOf(db: Executor, workingGroupId: number | null, recommendationId: number | null) {
  const group = workingGroupId === null ? undefined : await db.selectFrom('working_groups').select(['id', 'name']).where('id', '=', workingGroupId).executeTakeFirst();
  const recommendation =
    recommendationId === null ? undefined : await db.selectFrom('recommendations').select(['id', 'title']).where('id', '=', recommendationId).executeTakeFirst();
  return { workingGroup: group ?? null, recommendation: recommendation ?? null };
}

/** One agreement whole, with every figure its page shows computed by the shared money rules. */
export async function readAgreementDetail(db: Executor, id: number): Promise<AgreementDetail> {
  const row = await requireAgreement(db, id);
  const amendments = await amendmentStore.list(db, id);
  const instalments = await instalmentStore.list(db, id);
  const claims = await claimStore.list(db, id);
  const payments = await paymentStore.list(db, id);
  const dated = {
    instalments: instalments.map((entry) => ({ on: entry.dueOn, amountCents: entry.amountCents })),
    claims: claims.map((entry) => ({ on: entry.receivedOn, amountCents: entry.amountCents })),
    payments: payments.map((entry) => ({ on: entry.paidOn, amountCents: entry.amountCents })),
  };
  return {
    id: row.id,
    title: row.title,
    stream: row.stream,
    purpose: row.purpose,
    status: row.status,
    nextStatuses: [...nextAgreementStatuses[row.status]],
    originalApprovedCents: row.approved_cents,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    ...(await originOf(db, row.working_group_id, row.recommendation_id)),
    notes: row.notes,
    parties: await readParties(db, id),
    amendments,
    instalments: instalments.map((entry) => ({ ...entry, quarter: fiscalQuarterOf(entry.dueOn) })),
    claims: claims.map((entry) => ({
      ...entry,
      quarter: fiscalQuarterOf(entry.receivedOn),
      byFiscalYear: splitByFiscalYear(entry.amountCents, entry.periodFrom, entry.periodTo),
    })),
    payments: payments.map((entry) => ({ ...entry, quarter: fiscalQuarterOf(entry.paidOn) })),
    deliverables: await deliverableStore.list(db, id),
    money: moneyTotals(approvedOn(row.approved_cents, amendments), dated),
    byQuarter: moneyByQuarter(dated),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
