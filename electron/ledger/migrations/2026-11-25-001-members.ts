import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('city', 'text')
    .addColumn('website', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('organisations_name').on('organisations').column('name').execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('individual', 'organisation')`))
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('alias', 'text')
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('organisation_id', 'integer', (col) => col.references('organisations.id').onDelete('restrict'))
    .addColumn('preferred_language', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('may_contact', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('may_be_named', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('joined_on', 'text', (col) => col.notNull())
    .addColumn('left_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('members_display_name').on('members').column('display_name').execute();
  await db.schema.createIndex('members_category').on('members').column('category').execute();
  await db.schema.createIndex('members_organisation').on('members').column('organisation_id').execute();
  await db.schema.createIndex('members_email').on('members').column('email').execute();

  await db.schema
    .createTable('member_languages')
    .addColumn('member_id', 'integer', (col) => col.notNull().references('members.id').onDelete('cascade'))
    .addColumn('language_code', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('member_languages_pk', ['member_id', 'language_code'])
    .execute();
  await db.schema
    .createIndex('member_languages_language')
    .on('member_languages')
    .columns(['language_code', 'member_id'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('operation', 'text', (col) => col.notNull())
    .addColumn('entity_type', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('changes', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();
}
