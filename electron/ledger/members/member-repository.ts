import { byName } from '../sqlite/name-sort-function';
import { sql } from 'kysely';
import type { Member, MemberDraft, MemberSummary } from '../../../shared/domain/member';
import type { MemberListQuery } from '../../../shared/contract/members';
import type { Executor } from '../database';
import { todayIsoDate } from '../../../shared/domain/dates';
import { indexMemberText, indexNewMembers, memberMatchesSearch } from '../sqlite/member-search-index';
import { memberFromRow, rowFromDraft, summaryFromRow } from './member-mapping';
import { findOrCreateOrganisation } from './organisation-repository';

function selectMembersWithOrganisation(db: Executor) {
  return db
    .selectFrom('members')
    .leftJoin('organisations', 'organisations.id', 'members.organisation_id')
    .selectAll('members')
    .select('organisations.name as organisation_name');
}

async function languagesByMember(db: Executor, memberIds: number[]): Promise<Map<number, string[]>> {
  const byMember = new Map<number, string[]>();
  if (memberIds.length === 0) return byMember;
  const rows = await db
    .selectFrom('member_languages')
    .select(['member_id', 'language_code'])
    .where('member_id', 'in', memberIds)
    .orderBy('member_id')
    .orderBy('position')
    .execute();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(row.language_code);
    byMember.set(row.member_id, list);
  }
  return byMember;
}

export async function findMember(db: Executor, id: number): Promise<Member | undefined> {
  const row = await selectMembersWithOrganisation(db).where('members.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const languages = await languagesByMember(db, [id]);
  return memberFromRow(row, languages.get(id) ?? []);
}

async function replaceLanguages(db: Executor, memberId: number, languages: readonly string[]): Promise<void> {
  await db.deleteFrom('member_languages').where('member_id', '=', memberId).execute();
  if (languages.length === 0) return;
  await db
    .insertInto('member_languages')
    .values(languages.map((language_code, position) => ({ member_id: memberId, language_code, position })))
    .execute();
}

async function organisationIdFor(db: Executor, draft: MemberDraft, at: string): Promise<number | null> {
  return draft.organisationName ? findOrCreateOrganisation(db, draft.organisationName, at) : null;
}

/** What the member search index holds of a member (sqlite/member-search-index.ts). */
export function searchableParts(member: Pick<MemberDraft, 'displayName' | 'alias' | 'organisationName' | 'email'>): (string | null)[] {
  return [member.displayName, member.alias, member.organisationName, member.email];
}

// SQLite allows 32,766 bound parameters per statement; 14 columns x 500 rows stays well under.
const rowsPerStatement = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Inserts many members with multi-row statements (imports, demo data); returns their ids in order. */
export async function insertMembers(db: Executor, drafts: readonly MemberDraft[], at: string): Promise<number[]> {
  const organisationIds = new Map<string, number>();
  for (const name of new Set(drafts.map((draft) => draft.organisationName).filter((name): name is string => !!name))) {
    organisationIds.set(name, await findOrCreateOrganisation(db, name, at));
  }
  const ids: number[] = [];
  for (const batch of chunks(drafts, rowsPerStatement)) {
    const inserted = await db
      .insertInto('members')
      .values(
        batch.map((draft) => ({
          ...rowFromDraft(draft, draft.organisationName ? (organisationIds.get(draft.organisationName) ?? null) : null),
          created_at: at,
          updated_at: at,
        })),
      )
      .returning('id')
      .execute();
    const batchIds = inserted.map((row) => row.id);
    const languageRows = batch.flatMap((draft, index) =>
      draft.languages.map((language_code, position) => ({ member_id: batchIds[index] as number, language_code, position })),
    );
    for (const languageBatch of chunks(languageRows, rowsPerStatement * 4)) {
      await db.insertInto('member_languages').values(languageBatch).execute();
    }
    await indexNewMembers(
      db,
      batch.map((draft, index) => ({ memberId: batchIds[index] as number, parts: searchableParts(draft) })),
    );
    ids.push(...batchIds);
  }
  return ids;
}

export async function insertMember(db: Executor, draft: MemberDraft, at: string): Promise<number> {
  const [id] = await insertMembers(db, [draft], at);
  return id as number;
}

export async function updateMemberRow(db: Executor, id: number, draft: MemberDraft, at: string): Promise<void> {
  const organisationId = await organisationIdFor(db, draft, at);
  await db
    .updateTable('members')
    .set({ ...rowFromDraft(draft, organisationId), updated_at: at })
    .where('id', '=', id)
    .execute();
  await replaceLanguages(db, id, draft.languages);
  await indexMemberText(db, id, searchableParts(draft));
}

export async function countMembers(db: Executor): Promise<number> {
  const { count } = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

const sortColumns = {
  displayName: byName('members.display_name'),
  category: sql`members.category`,
  joinedOn: sql`members.joined_on`,
  organisationName: byName('organisations.name'),
} as const;

export async function listMembers(
  db: Executor,
  query: MemberListQuery,
  today: string = todayIsoDate(),
): Promise<{ total: number; items: MemberSummary[] }> {
  let filtered = db.selectFrom('members');
  const search = memberMatchesSearch(query.search);
  if (search) filtered = filtered.where(search);
  if (query.category) filtered = filtered.where('members.category', '=', query.category);
  if (query.language) {
    const language = query.language;
    filtered = filtered.where('members.id', 'in', (eb) =>
      eb.selectFrom('member_languages').select('member_id').where('language_code', '=', language),
    );
  }
  if (query.workingGroupId !== null) {
    const groupId = query.workingGroupId;
    filtered = filtered.where('members.id', 'in', (eb) =>
      eb
        .selectFrom('working_group_members')
        .select('member_id')
        .where('working_group_id', '=', groupId)
        .where('start_on', '<=', today)
        .where((inner) => inner.or([inner('end_on', 'is', null), inner('end_on', '>=', today)])),
    );
  }
  if (query.active === 'active') filtered = filtered.where('members.left_on', 'is', null);
  if (query.active === 'left') filtered = filtered.where('members.left_on', 'is not', null);

  const { total } = await filtered
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await filtered
    .leftJoin('organisations', 'organisations.id', 'members.organisation_id')
    .select([
      'members.id',
      'members.kind',
      'members.display_name',
      'members.alias',
      'members.category',
      'members.email',
      'members.joined_on',
      'members.left_on',
      'members.withdrawn_at',
      'organisations.name as organisation_name',
    ])
    .orderBy(sortColumns[query.sortBy], query.sortDirection)
    .orderBy('members.id', query.sortDirection)
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const languages = await languagesByMember(
    db,
    rows.map((row) => row.id),
  );
  return {
    total: Number(total),
    items: rows.map((row) => summaryFromRow(row, languages.get(row.id) ?? [])),
  };
}
