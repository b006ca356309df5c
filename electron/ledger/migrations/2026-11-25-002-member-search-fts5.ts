import { sql, type Kysely } from 'kysely';

// SQLite only: a PostgreSQL dialect would replace this with pg_trgm + unaccent.
// The trigram tokenizer finds any part of a name in any script; the app folds accents and case
// before indexing, so "nunez" finds "Núñez" without relying on the tokenizer's Latin-only folding.
// The row ids are member ids, so a match yields member ids straight from the index.
// member_search_grams serves searches shorter than a trigram (see sqlite/member-search-index.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table member_search using fts5(folded_text, tokenize = 'trigram')`.execute(db);
  await sql`create virtual table member_search_grams using fts5(grams, tokenize = 'ascii', detail = 'none')`.execute(db);
  await sql`create index members_sort_name on members (lower(display_name))`.execute(db);
}
