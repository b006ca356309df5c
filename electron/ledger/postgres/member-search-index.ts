import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import { rowsPerStatement } from '../sqlite/member-search-index';
import { searchIndexEntry, splitSearch, type IndexedMember } from '../search/member-search-entry';

// PostgreSQL's member search (migration 002's PostgreSQL part): the same folded text and gram tokens
// as SQLite's FTS5 index, in plain tables. A word is found with LIKE under the pg_trgm index; a short
// word's tokens with array containment under the array index.

export async function indexNewMembers(db: Executor, members: readonly IndexedMember[]): Promise<void> {
  if (members.length === 0) return;
  const rows = members.map(({ memberId, parts }) => ({ rowid: memberId, ...searchIndexEntry(parts) }));
  await db.insertInto('member_search').values(rows.map(({ rowid, foldedText }) => ({ rowid, folded_text: foldedText }))).execute();
  await db.insertInto('member_search_grams').values(rows.map(({ rowid, grams }) => ({ rowid, grams }))).execute();
}

export async function removeMemberFromIndex(db: Executor, memberId: number): Promise<void> {
  await db.deleteFrom('member_search').where('rowid', '=', memberId).execute();
  await db.deleteFrom('member_search_grams').where('rowid', '=', memberId).execute();
}

export async function indexMemberText(db: Executor, memberId: number, parts: (string | null)[]): Promise<void> {
  await removeMemberFromIndex(db, memberId);
  await indexNewMembers(db, [{ memberId, parts }]);
}

export async function rebuildMemberIndex(db: Executor, members: readonly IndexedMember[]): Promise<void> {
  await db.deleteFrom('member_search').execute();
  await db.deleteFrom('member_search_grams').execute();
  for (let start = 0; start < members.length; start += rowsPerStatement) {
    await indexNewMembers(db, members.slice(start, start + rowsPerStatement));
  }
}

/** LIKE's wildcards taken literally: a search for "50%" looks for "50%". */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function memberMatchesSearch(query: string): Expression<SqlBool> | null {
  const search = splitSearch(query);
  if (!search) return null;
  const conditions = [];
  if (search.longTerms.length > 0) {
    const likes = search.longTerms.map((term) => sql`folded_text like ${containsPattern(term)} escape '\\'`);
    conditions.push(sql`members.id in (select rowid from member_search where ${sql.join(likes, sql` and `)})`);
  }
  if (search.shortTokens.length > 0) {
    const tokens = sql`array[${sql.join(search.shortTokens)}]::text[]`;
    conditions.push(sql`members.id in (select rowid from member_search_grams where string_to_array(grams, ' ') @> ${tokens})`);
  }
  return sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}
