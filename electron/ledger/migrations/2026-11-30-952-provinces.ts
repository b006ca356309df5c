import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// A national Network: members, organisations, working groups and meetings belong to a province or
// territory (the ledgers made so far are British Columbia's; meetings have their time zone since 601).
// The stakeholder category code government_bc stays the category's identifier
// (the release register and the disclosure audit know it by that code); it now reads "provincial or
// territorial government", whose province is the member's own.
const provinces = "'NL', 'PE', 'NS', 'NB', 'QC', 'ON', 'MB', 'SK', 'AB', 'BC', 'YT', 'NT', 'NU'";
const tables = ['members', 'organisations', 'working_groups', 'meetings'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) {
    await db.schema
      .alterTable(table)
      .addColumn('province', 'text', (col) => col.notNull().defaultTo('BC').check(sql.raw(`province in (${provinces})`)))
      .execute();
    await db.schema.createIndex(`${table}_province`).on(table).column('province').execute();
  }
}
