import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import { rowsPerStatement } from '../sqlite/member-search-index';
import { searchIndexEntry, type IndexedMember } from '../search/member-search-entry';
import { searchTerms } from '../search/fold-text';
import { nameSortKey } from '../search/name-sort-key';

// PostgreSQL's member search (migration 002's PostgreSQL part): the same folded text and gram tokens
// as SQLite's FTS5 index, in plain tables (so erasure and moves treat both engines alike), and each
// member's name key (migration 953). Searches read the folded text (memberMatchesSearch).

export async function indexNewMembers(db: Executor, members: readonly IndexedMember[]): Promise<void> {
  if (members.length === 0) return;
  const rows = members.map(({ memberId, parts }) => ({ rowid: memberId, nameKey: nameSortKey(parts[0] ?? null), ...searchIndexEntry(parts) }));
  await db
    .insertInto('member_search')
    .values(rows.map(({ rowid, foldedText, nameKey }) => ({ rowid, folded_text: foldedText, name_key: nameKey })))
    .execute();
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

/**
 * The members list's order by name, the app's own on both engines. While searching, the key the app
 * computed when the member was indexed (else the SQL function: same key, slower); without a search, the
 * SQL function, whose index (migration 950) gives the first page without computing every key.
 */
export function memberNameOrder(searching: boolean): Expression<string> {
  return searching
    ? sql<string>`coalesce((select s.name_key from member_search s where s.rowid = members.id), name_sort_key(members.display_name))`
    : sql<string>`name_sort_key(members.display_name)`;
}

/**
 * Every word with LIKE on the folded text: under the trigram index from three letters, and for one or
 * two letters (the SQLite side's gram tokens) a scan of the short folded texts, quicker than the tokens.
 * A word holds no space, so it is found inside one word of the text, as the tokens would find it.
 * Ids come back as an array, so PostgreSQL then looks members up by key instead of scanning them.
 */
export function memberMatchesSearch(query: string): Expression<SqlBool> | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const likes = terms.map((term) => sql`folded_text like ${containsPattern(term)} escape '\\'`);
  return sql<SqlBool>`members.id = any(array(select rowid from member_search where ${sql.join(likes, sql` and `)}))`;
}
