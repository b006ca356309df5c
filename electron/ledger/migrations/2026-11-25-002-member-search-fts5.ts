import { sql, type Kysely } from 'kysely';
import { onEngine } from './on-engine';

// The member search index; each engine builds its own, both holding text folded by the app.
// SQLite: FTS5. The trigram tokenizer finds any part of a name in any script; the app folds accents and
// case before indexing, so "nunez" finds "Núñez" without relying on the tokenizer's Latin-only folding.
// The row ids are member ids, so a match yields member ids straight from the index.
// member_search_grams serves searches shorter than a trigram (see sqlite/member-search-index.ts).
// PostgreSQL: the same two tables as plain tables keyed by member id ("rowid", as FTS5 names it), the
// folded text under a pg_trgm index; searches of any length read it with LIKE (see
// postgres/member-search-index.ts). The text is folded by the app, so no unaccent is needed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await onEngine(db, {
    sqlite: async () => {
      await sql`create virtual table member_search using fts5(folded_text, tokenize = 'trigram')`.execute(db);
      await sql`create virtual table member_search_grams using fts5(grams, tokenize = 'ascii', detail = 'none')`.execute(db);
    },
    postgres: async () => {
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`create table member_search (rowid integer primary key, folded_text text collate "C" not null)`.execute(db);
      await sql`create index member_search_trigrams on member_search using gin (folded_text gin_trgm_ops)`.execute(db);
      await sql`create table member_search_grams (rowid integer primary key, grams text collate "C" not null)`.execute(db);
    },
  });
  await sql`create index members_sort_name on members (lower(display_name))`.execute(db);
}
