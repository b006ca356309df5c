import { byName } from '../sqlite/name-sort-function';
import { sql } from 'kysely';
import type { Organisation, OrganisationDraft, OrganisationPerson, OrganisationSummary } from '../../../shared/domain/organisation';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { OrganisationSize } from '../../../shared/domain/organisation-size';
import { agreementsByOrganisation } from '../funding/party-repository';
import type { Executor } from '../database';
import { foldedContains, foldedEquals } from '../sqlite/fold-function';
import type { OrganisationsTable } from '../members/members-table';
import type { Selectable } from 'kysely';
import { nextRowVersion } from '../row-versions/row-version';
import type { ProvinceCode } from '../../../shared/domain/provinces';

type OrganisationRow = Selectable<OrganisationsTable>;

function organisationFromRow(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    sector: row.category as StakeholderCategory | null,
    cityOrRegion: row.city,
    website: row.website,
    size: row.size as OrganisationSize | null,
    networkMemberId: row.member_id,
    province: row.province as ProvinceCode,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}

function rowFromDraft(draft: OrganisationDraft) {
  return { name: draft.name, category: draft.sector, city: draft.cityOrRegion, website: draft.website, size: draft.size, province: draft.province };
}

export async function findOrganisation(db: Executor, id: number): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? organisationFromRow(row) : undefined;
}

/** Another organisation already using this name (names are compared ignoring case and accents). */
export async function findOrganisationIdByName(db: Executor, name: string, exceptId?: number): Promise<number | undefined> {
  let query = db.selectFrom('organisations').select('id').where(foldedEquals(sql.ref('name'), name));
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst())?.id;
}

export async function insertOrganisation(db: Executor, draft: OrganisationDraft, at: string): Promise<number> {
  const inserted = await db
    .insertInto('organisations')
    .values({ ...rowFromDraft(draft), member_id: null, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateOrganisationRow(db: Executor, id: number, draft: OrganisationDraft, at: string): Promise<void> {
  await db.updateTable('organisations').set({ ...rowFromDraft(draft), updated_at: at, row_version: nextRowVersion }).where('id', '=', id).execute();
}

export async function linkOrganisationMember(db: Executor, id: number, memberId: number, at: string): Promise<void> {
  await db.updateTable('organisations').set({ member_id: memberId, updated_at: at, row_version: nextRowVersion }).where('id', '=', id).execute();
}

export interface OrganisationFilter {
  search: string;
  /** One province or territory; null for the whole Network. */
  province: ProvinceCode | null;
}

export async function listOrganisations(db: Executor, { search, province }: OrganisationFilter): Promise<OrganisationSummary[]> {
  let query = db
    .selectFrom('organisations')
    .leftJoin('members', (join) =>
      join.onRef('members.organisation_id', '=', 'organisations.id').on('members.withdrawn_at', 'is', null),
    )
    .select(['organisations.id', 'organisations.name', 'organisations.category', 'organisations.city', 'organisations.size', 'organisations.member_id', 'organisations.province'])
    .select((eb) => eb.fn.count<number>('members.id').as('people_count'))
    .groupBy('organisations.id')
    .orderBy(byName('organisations.name'));
  if (search.trim()) query = query.where(foldedContains(sql.ref('organisations.name'), search));
  if (province) query = query.where('organisations.province', '=', province);
  const rows = await query.execute();
  const agreements = await agreementsByOrganisation(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    sector: row.category as StakeholderCategory | null,
    cityOrRegion: row.city,
    size: row.size as OrganisationSize | null,
    networkMemberId: row.member_id,
    province: row.province as ProvinceCode,
    peopleCount: Number(row.people_count),
    agreements: agreements.get(row.id) ?? [],
  }));
}

/** The individual members who belong to the organisation (not the organisation's own member record). */
export async function listOrganisationPeople(db: Executor, id: number): Promise<OrganisationPerson[]> {
  const rows = await db
    .selectFrom('members')
    .select(['id', 'display_name', 'alias', 'category', 'left_on'])
    .where('organisation_id', '=', id)
    .orderBy(byName('display_name'))
    .execute();
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    alias: row.alias,
    category: row.category as StakeholderCategory,
    active: row.left_on === null,
  }));
}
