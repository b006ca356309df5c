import { sql, type Kysely } from 'kysely';

// Frozen in time: organisations as Network members, working groups, the consent register,
// and the columns withdrawal needs. Never imports app code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('members').addColumn('withdrawn_at', 'text').execute();
  // The N of "Withdrawn member N": a counter of its own, so the label says nothing about the old record id.
  await db.schema.alterTable('members').addColumn('withdrawal_number', 'integer').execute();
  await db.schema
    .createIndex('members_withdrawal_number')
    .on('members')
    .column('withdrawal_number')
    .unique()
    .execute();

  // The member record that stands for the organisation itself when it joins the Network.
  await db.schema
    .alterTable('organisations')
    .addColumn('member_id', 'integer', (col) => col.references('members.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('organisations_member').on('organisations').column('member_id').unique().execute();

  await db.schema
    .createTable('working_groups')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('mandate', 'text')
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('active', 'closed')`))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('working_group_members')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('working_group_id', 'integer', (col) => col.notNull().references('working_groups.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (col) => col.notNull().references('members.id').onDelete('restrict'))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('chair', 'co_chair', 'member')`))
    .addColumn('start_on', 'text', (col) => col.notNull())
    .addColumn('end_on', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addCheckConstraint('working_group_members_dates', sql`end_on is null or end_on >= start_on`)
    .execute();
  await db.schema
    .createIndex('working_group_members_group')
    .on('working_group_members')
    .columns(['working_group_id', 'member_id'])
    .execute();
  await db.schema.createIndex('working_group_members_member').on('working_group_members').column('member_id').execute();

  // Append-only: a change of consent is a new row, so the register keeps its history.
  await db.schema
    .createTable('member_consents')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('member_id', 'integer', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('may_contact', 'integer', (col) => col.notNull())
    .addColumn('may_be_named', 'integer', (col) => col.notNull())
    .addColumn('testimony_may_be_recorded', 'integer', (col) => col.notNull())
    .addColumn('may_appear_in_photos', 'integer', (col) => col.notNull())
    .addColumn('given_on', 'text', (col) => col.notNull())
    .addColumn('method', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('member_consents_member').on('member_consents').columns(['member_id', 'id']).execute();
}
