import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import { foldForSearch, searchTerms } from '../search/fold-text';

// The one place that speaks FTS5. A PostgreSQL dialect would provide the same three functions.

const shortestIndexedTerm = 3; // the trigram tokenizer cannot match fewer characters

function searchTextFor(parts: (string | null)[]): string {
  return foldForSearch(parts.filter((part): part is string => !!part).join(' \u2022 '));
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
  await db
    .insertInto('member_search')
    .values(
      members.map(({ memberId, parts }) => ({
        member_id: memberId,
        folded_text: searchTextFor(parts),
      })),
    )
    .execute();
}

export async function removeMemberFromIndex(db: Executor, memberId: number): Promise<void> {
  await db.deleteFrom('member_search').where('member_id', '=', memberId).execute();
}

function quotedPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A condition on members.id that keeps members whose indexed text contains every search word. */
export function memberMatchesSearch(query: string): Expression<SqlBool> | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const longTerms = terms.filter((term) => [...term].length >= shortestIndexedTerm);
  const shortTerms = terms.filter((term) => [...term].length < shortestIndexedTerm);
  const conditions = [];
  if (longTerms.length > 0) {
    conditions.push(sql`member_search match ${longTerms.map(quotedPhrase).join(' AND ')}`);
  }
  for (const term of shortTerms) {
    conditions.push(sql`folded_text like ${`%${escapeLike(term)}%`} escape '\\'`);
  }
  return sql<SqlBool>`members.id in (select member_id from member_search where ${sql.join(conditions, sql` and `)})`;
}
