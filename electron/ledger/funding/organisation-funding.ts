import type { OrganisationFunding } from '../../../shared/domain/funding/agreement-views';
import { mentoringPairs, partnershipPairs, type AgreementParties } from '../../../shared/domain/funding/partnerships';
import type { OrganisationSize } from '../../../shared/domain/organisation-size';
import { notFound } from '../../domain-error';
import type { Executor } from '../database';

/**
 * One organisation's place in the funding program, for its page: its agreements (all of them), and
 * from those not cancelled, whom it works with and who mentors whom (shared/domain/funding/partnerships.ts).
 */
export async function readOrganisationFunding(db: Executor, organisationId: number): Promise<OrganisationFunding> {
  const exists = await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
  if (!exists) throw notFound('organisation', organisationId);
  const agreements = await db
    .selectFrom('funding_agreement_organisations as p')
    .innerJoin('funding_agreements as a', 'a.id', 'p.agreement_id')
    .select(['a.id', 'a.title', 'a.stream', 'a.status', 'p.role', 'a.starts_on', 'a.ends_on'])
    .where('p.organisation_id', '=', organisationId)
    .orderBy('a.starts_on', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  const live = agreements.filter((agreement) => agreement.status !== 'cancelled').map((agreement) => agreement.id);
  const partyRows =
    live.length === 0
      ? []
      : await db
          .selectFrom('funding_agreement_organisations as p')
          .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
          .select(['p.agreement_id', 'p.organisation_id', 'p.role', 'o.name', 'o.size'])
          .where('p.agreement_id', 'in', live)
          .execute();
  const byAgreement: AgreementParties[] = live.map((agreementId) => ({
    agreementId,
    parties: partyRows.filter((row) => row.agreement_id === agreementId).map((row) => ({ organisationId: row.organisation_id, role: row.role })),
  }));
  const organisation = new Map(partyRows.map((row) => [row.organisation_id, row]));
  const ref = (id: number, agreementIds: readonly number[]) => ({ id, name: organisation.get(id)?.name ?? '', agreementIds: [...agreementIds] });
  const byName = <T extends { name: string }>(list: T[]) => list.sort((a, b) => a.name.localeCompare(b.name));
  return {
    agreements: agreements.map((agreement) => ({
      id: agreement.id,
      title: agreement.title,
      stream: agreement.stream,
      status: agreement.status,
      role: agreement.role,
      startsOn: agreement.starts_on,
      endsOn: agreement.ends_on,
    })),
    partners: byName(
      partnershipPairs(byAgreement)
        .filter((pair) => pair.first === organisationId || pair.second === organisationId)
        .map((pair) => {
          const other = pair.first === organisationId ? pair.second : pair.first;
          return { ...ref(other, pair.agreementIds), size: (organisation.get(other)?.size ?? null) as OrganisationSize | null };
        }),
    ),
    mentors: byName(mentoringPairs(byAgreement).filter((pair) => pair.mentoredId === organisationId).map((pair) => ref(pair.mentorId, pair.agreementIds))),
    mentoring: byName(mentoringPairs(byAgreement).filter((pair) => pair.mentorId === organisationId).map((pair) => ref(pair.mentoredId, pair.agreementIds))),
  };
}
