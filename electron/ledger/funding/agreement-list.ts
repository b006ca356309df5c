import type { AgreementSummary } from '../../../shared/domain/funding/agreement-views';
import type { AgreementStatus, FundingStream } from '../../../shared/domain/funding/codes';
import { approvedOn, type Amendment } from '../../../shared/domain/funding/money';
import type { Executor } from '../database';
import { foldForSearch, searchTerms } from '../search/fold-text';
import { listAgreementRows } from './agreement-repository';
import { groupRows } from './group-rows';

export interface AgreementFilter {
  search: string;
  status: AgreementStatus | null;
  stream: FundingStream | null;
}


/**
 * Agreements with their lead, amount approved after amendments, paid and balance. A program has tens
 * of agreements, so they are read whole and the search (title or any organisation's name, accents and
 * case ignored) runs on the folded text here rather than with an ASCII-only LIKE.
 */
export async function listAgreements(db: Executor, filter: AgreementFilter): Promise<AgreementSummary[]> {
  const rows = (await listAgreementRows(db)).filter(
    (row) => (filter.status === null || row.status === filter.status) && (filter.stream === null || row.stream === filter.stream),
  );
  const parties = groupRows(
    await db
      .selectFrom('funding_agreement_organisations as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['p.agreement_id', 'p.role', 'o.id', 'o.name'])
      .execute(),
    (row) => row.agreement_id,
  );
  const amendments = groupRows(
    await db.selectFrom('funding_amendments').select(['agreement_id', 'id', 'amended_on', 'new_amount_cents']).execute(),
    (row) => row.agreement_id,
  );
  const paid = new Map(
    (
      await db
        .selectFrom('funding_payments')
        .select(['agreement_id', (eb) => eb.fn.sum<number>('amount_cents').as('paid')])
        .groupBy('agreement_id')
        .execute()
    ).map((row) => [row.agreement_id, Number(row.paid)]),
  );
  const terms = searchTerms(filter.search);
  const summaries: AgreementSummary[] = [];
  for (const row of rows) {
    const named = parties.get(row.id) ?? [];
    if (terms.length > 0) {
      const text = foldForSearch([row.title, ...named.map((party) => party.name)].join(' '));
      if (!terms.every((term) => text.includes(term))) continue;
    }
    const lead = named.find((party) => party.role === 'lead');
    const changes: Amendment[] = (amendments.get(row.id) ?? []).map((amendment) => ({
      id: amendment.id,
      amendedOn: amendment.amended_on,
      newAmountCents: amendment.new_amount_cents,
    }));
    const approvedCents = approvedOn(row.approved_cents, changes);
    const paidCents = paid.get(row.id) ?? 0;
    summaries.push({
      id: row.id,
      title: row.title,
      stream: row.stream,
      status: row.status,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      lead: { id: lead?.id ?? 0, name: lead?.name ?? '' },
      partnerCount: named.length - (lead ? 1 : 0),
      approvedCents,
      paidCents,
      balanceCents: approvedCents - paidCents,
    });
  }
  return summaries;
}
