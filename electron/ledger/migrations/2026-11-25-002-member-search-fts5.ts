import { sql, type Kysely } from 'kysely';

// SQLite only: a PostgreSQL dialect would replace this with pg_trgm + unaccent.
// The trigram tokenizer finds any part of a name in any script; the app folds accents and case
// before indexing, so "nunez" finds "Núñez" without relying on the tokenizer's Latin-only folding.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table member_search using fts5(member_id unindexed, folded_text, tokenize = 'trigram')`.execute(
    db,
  );
}
