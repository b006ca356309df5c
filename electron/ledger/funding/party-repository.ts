import { sql } from 'kysely';
import type { AgreementStatus, PartyRole } from '../../../shared/domain/funding/codes';
import type { PartyDraft } from '../../../shared/domain/funding/agreement';
import type { Party } from '../../../shared/domain/funding/agreement-views';
import type { OrganisationSize } from '../../../shared/domain/organisation-size';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../database';

/** The organisations named on one agreement, lead first, then in the order the coordinator listed them. */
export async function readParties(db: Executor, agreementId: number): Promise<Party[]> {
  const rows = await db
    .selectFrom('funding_agreement_organisations as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.organisation_id', 'p.role', 'o.name', 'o.size', 'o.category'])
    .where('p.agreement_id', '=', agreementId)
    .orderBy(sql`p.role = 'lead'`, 'desc')
    .orderBy('p.position')
    .execute();
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    name: row.name,
    role: row.role,
    size: row.size as OrganisationSize | null,
    sector: row.category as StakeholderCategory | null,
  }));
}

export async function replaceParties(db: Executor, agreementId: number, parties: readonly PartyDraft[]): Promise<void> {
  await db.deleteFrom('funding_agreement_organisations').where('agreement_id', '=', agreementId).execute();
  await db
    .insertInto('funding_agreement_organisations')
    .values(parties.map((party, position) => ({ agreement_id: agreementId, organisation_id: party.organisationId, role: party.role, position })))
    .execute();
}

/** Ids among the given ones that name no organisation. */
export async function missingOrganisations(db: Executor, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('organisations').select('id').where('id', 'in', [...ids]).execute();
  const present = new Set(found.map((row) => row.id));
  return ids.filter((id) => !present.has(id));
}

export interface OrganisationAgreement {
  id: number;
  title: string;
  role: PartyRole;
  status: AgreementStatus;
}

/** Every organisation's agreements, for the organisations list (one query, whatever the list's length). */
export async function agreementsByOrganisation(db: Executor, organisationIds: readonly number[]): Promise<Map<number, OrganisationAgreement[]>> {
  const wanted = new Set(organisationIds);
  const rows = await db
    .selectFrom('funding_agreement_organisations as p')
    .innerJoin('funding_agreements as a', 'a.id', 'p.agreement_id')
    .select(['p.organisation_id', 'a.id', 'a.title', 'p.role', 'a.status'])
    .orderBy('a.starts_on', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
  const byOrganisation = new Map<number, OrganisationAgreement[]>();
  for (const row of rows) {
    if (!wanted.has(row.organisation_id)) continue;
    const list = byOrganisation.get(row.organisation_id) ?? [];
    list.push({ id: row.id, title: row.title, role: row.role, status: row.status });
    byOrganisation.set(row.organisation_id, list);
  }
  return byOrganisation;
}
