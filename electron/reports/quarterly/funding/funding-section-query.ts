import type { Executor } from '../../../ledger/database';
import type { OrganisationSize } from '../../../../shared/domain/organisation-size';
import type { StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import type { FundingFacts } from './funding-section-data';
import { groupRows } from '../../../ledger/funding/group-rows';

/** Every agreement with what the funding section needs: a program has tens of them, read in six queries. */
export async function readFundingFacts(db: Executor): Promise<FundingFacts[]> {
  const agreements = await db.selectFrom('funding_agreements').selectAll().orderBy('id').execute();
  const parties = groupRows(
    await db
      .selectFrom('funding_agreement_organisations as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['p.agreement_id', 'p.organisation_id', 'p.role', 'o.category', 'o.size', 'o.province'])
      .execute(),
    (row) => row.agreement_id,
  );
  const amendments = groupRows(await db.selectFrom('funding_amendments').select(['agreement_id', 'id', 'amended_on', 'new_amount_cents']).execute(), (row) => row.agreement_id);
  const claims = groupRows(await db.selectFrom('funding_claims').select(['agreement_id', 'received_on', 'amount_cents']).execute(), (row) => row.agreement_id);
  const payments = groupRows(await db.selectFrom('funding_payments').select(['agreement_id', 'paid_on', 'amount_cents']).execute(), (row) => row.agreement_id);
  const deliverables = groupRows(await db.selectFrom('funding_deliverables').select(['agreement_id', 'kind', 'due_on', 'received_on']).execute(), (row) => row.agreement_id);
  return agreements.map((row) => ({
    id: row.id,
    stream: row.stream,
    status: row.status,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    originalApprovedCents: row.approved_cents,
    amendments: (amendments.get(row.id) ?? []).map((entry) => ({ id: entry.id, amendedOn: entry.amended_on, newAmountCents: entry.new_amount_cents })),
    parties: (parties.get(row.id) ?? []).map((entry) => ({
      organisationId: entry.organisation_id,
      role: entry.role,
      sector: entry.category as StakeholderCategory | null,
      size: entry.size as OrganisationSize | null,
      province: entry.province,
    })),
    claims: (claims.get(row.id) ?? []).map((entry) => ({ receivedOn: entry.received_on, amountCents: entry.amount_cents })),
    payments: (payments.get(row.id) ?? []).map((entry) => ({ paidOn: entry.paid_on, amountCents: entry.amount_cents })),
    deliverables: (deliverables.get(row.id) ?? []).map((entry) => ({ kind: entry.kind, dueOn: entry.due_on, receivedOn: entry.received_on })),
  }));
}
