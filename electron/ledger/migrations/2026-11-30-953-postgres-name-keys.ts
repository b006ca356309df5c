import { sql, type Kysely } from 'kysely';
import { onEngine } from './on-engine';

// Frozen in time: a migration never imports app code.
// PostgreSQL only. The members list sorts by name_sort_key(display_name); on PostgreSQL that SQL
// function costs several microseconds a name (SQLite calls the app's own function). The search index
// row of each member also keeps the key the app computed from the name (postgres/member-search-index.ts),
// and lists sort by it, falling back to the SQL function for members without one (withdrawn members,
// whose entries erasure deleted, and ledgers indexed before this step).
export async function up(db: Kysely<unknown>): Promise<void> {
  await onEngine(db, {
    postgres: async () => {
      await sql`alter table member_search add column name_key text collate "C"`.execute(db);
    },
  });
}
