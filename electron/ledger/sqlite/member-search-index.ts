import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import { searchIndexEntry, splitSearch, type IndexedMember } from '../search/member-search-entry';
import { byName } from './name-sort-function';

// The one place that speaks FTS5; postgres/member-search-index.ts provides the same functions.

export async function indexMemberText(db: Executor, memberId: number, parts: (string | null)[]): Promise<void> {
  await removeMemberFromIndex(db, memberId);
  await indexNewMembers(db, [{ memberId, parts }]);
}

/** Indexes members that are not in the index yet (bulk inserts), without a delete per member. */
export async function indexNewMembers(db: Executor, members: readonly IndexedMember[]): Promise<void> {
  if (members.length === 0) return;
  const rows = members.map(({ memberId, parts }) => ({ rowid: memberId, ...searchIndexEntry(parts) }));
  await db.insertInto('member_search').values(rows.map(({ rowid, foldedText }) => ({ rowid, folded_text: foldedText }))).execute();
  await db.insertInto('member_search_grams').values(rows.map(({ rowid, grams }) => ({ rowid, grams }))).execute();
}

// Two indexed columns per row: 500 rows a statement stays far under SQLite's 32,766 bound parameters.
export const rowsPerStatement = 500;

/**
 * Builds both indexes afresh for the given members (every member indexed now), in the caller's
 * transaction: after the folding changed, so nothing stays folded the old way. Members not given
 * (withdrawn ones, whose entries erasure deleted) stay out. The segments are merged afterwards, as
 * a rebuilt index would otherwise be slower to search than the one it replaced.
 */
export async function rebuildMemberIndex(db: Executor, members: readonly IndexedMember[]): Promise<void> {
  await db.deleteFrom('member_search').execute();
  await db.deleteFrom('member_search_grams').execute();
  for (let start = 0; start < members.length; start += rowsPerStatement) {
    await indexNewMembers(db, members.slice(start, start + rowsPerStatement));
  }
  await sql`insert into member_search (member_search) values ('optimize')`.execute(db);
  await sql`insert into member_search_grams (member_search_grams) values ('optimize')`.execute(db);
}

export async function removeMemberFromIndex(db: Executor, memberId: number): Promise<void> {
  await db.deleteFrom('member_search').where('rowid', '=', memberId).execute();
  await db.deleteFrom('member_search_grams').where('rowid', '=', memberId).execute();
}

/** The members list's order by name: name_sort_key, the app's own function registered on the connection. */
export function memberNameOrder(_searching: boolean): Expression<string> {
  return byName('members.display_name');
}

function quotedPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** A condition on members.id that keeps members whose indexed text contains every search word. */
export function memberMatchesSearch(query: string): Expression<SqlBool> | null {
  const search = splitSearch(query);
  if (!search) return null;
  const conditions = [];
  if (search.longTerms.length > 0) {
    const match = search.longTerms.map(quotedPhrase).join(' AND ');
    conditions.push(sql`members.id in (select rowid from member_search where member_search match ${match})`);
  }
  if (search.shortTokens.length > 0) {
    const match = search.shortTokens.join(' AND ');
    conditions.push(sql`members.id in (select rowid from member_search_grams where member_search_grams match ${match})`);
  }
  return sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}
