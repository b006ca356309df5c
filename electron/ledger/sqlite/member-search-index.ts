import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import { foldForSearch, searchTerms } from '../search/fold-text';

// The one place that speaks FTS5. A PostgreSQL dialect would provide the same three functions.

// The trigram tokenizer cannot match fewer than 3 characters, yet two-character searches are common
// (many Chinese given names are two characters). Shorter terms go to a second index holding every
// one- and two-character piece of each word, each written as an ASCII token the tokenizer keeps whole.
const shortestTrigramTerm = 3;

function searchTextFor(parts: (string | null)[]): string {
  return foldForSearch(parts.filter((part): part is string => !!part).join(' \u2022 '));
}

function gramToken(gram: string): string {
  return `g${[...gram].map((character) => (character.codePointAt(0) as number).toString(36)).join('x')}`;
}

/** Every distinct one- and two-character piece of each word, as tokens. */
function shortGramTokens(foldedText: string): string {
  const tokens = new Set<string>();
  for (const word of foldedText.split(' ')) {
    const characters = [...word];
    characters.forEach((character, index) => {
      tokens.add(gramToken(character));
      const next = characters[index + 1];
      if (next !== undefined) tokens.add(gramToken(character + next));
    });
  }
  return [...tokens].join(' ');
}

/** What both search indexes hold for one member. */
export function searchIndexEntry(parts: (string | null)[]): { foldedText: string; grams: string } {
  const foldedText = searchTextFor(parts);
  return { foldedText, grams: shortGramTokens(foldedText) };
}

export async function indexMemberText(db: Executor, memberId: number, parts: (string | null)[]): Promise<void> {
  await removeMemberFromIndex(db, memberId);
  await indexNewMembers(db, [{ memberId, parts }]);
}

/** Indexes members that are not in the index yet (bulk inserts), without a delete per member. */
export async function indexNewMembers(
  db: Executor,
  members: readonly { memberId: number; parts: (string | null)[] }[],
): Promise<void> {
  if (members.length === 0) return;
  const rows = members.map(({ memberId, parts }) => ({ rowid: memberId, ...searchIndexEntry(parts) }));
  await db.insertInto('member_search').values(rows.map(({ rowid, foldedText }) => ({ rowid, folded_text: foldedText }))).execute();
  await db.insertInto('member_search_grams').values(rows.map(({ rowid, grams }) => ({ rowid, grams }))).execute();
}

// Two indexed columns per row: 500 rows a statement stays far under SQLite's 32,766 bound parameters.
const rowsPerStatement = 500;

/**
 * Builds both indexes afresh for the given members (every member indexed now), in the caller's
 * transaction: after the folding changed, so nothing stays folded the old way. Members not given
 * (withdrawn ones, whose entries erasure deleted) stay out. The segments are merged afterwards, as
 * a rebuilt index would otherwise be slower to search than the one it replaced.
 */
export async function rebuildMemberIndex(
  db: Executor,
  members: readonly { memberId: number; parts: (string | null)[] }[],
): Promise<void> {
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

function quotedPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** A condition on members.id that keeps members whose indexed text contains every search word. */
export function memberMatchesSearch(query: string): Expression<SqlBool> | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const longTerms = terms.filter((term) => [...term].length >= shortestTrigramTerm);
  const shortTerms = terms.filter((term) => [...term].length < shortestTrigramTerm);
  const conditions = [];
  if (longTerms.length > 0) {
    const match = longTerms.map(quotedPhrase).join(' AND ');
    conditions.push(sql`members.id in (select rowid from member_search where member_search match ${match})`);
  }
  if (shortTerms.length > 0) {
    const match = shortTerms.map(gramToken).join(' AND ');
    conditions.push(sql`members.id in (select rowid from member_search_grams where member_search_grams match ${match})`);
  }
  return sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}
