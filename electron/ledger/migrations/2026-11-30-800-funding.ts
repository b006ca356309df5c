import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
// The funding program: agreements with their organisations, the money (planned instalments, claims,
// payments, amendments of the amount approved) and the milestones and reports they owe. Money is in
// integer cents, dates are YYYY-MM-DD. Organisations gain a size, so partnerships that pair a smaller
// organisation with a larger one can be counted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('size', 'text', (col) => col.check(sql`size is null or size in ('grassroots', 'small', 'medium', 'large')`))
    .execute();

  await db.schema
    .createTable('funding_agreements')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('stream', 'text', (col) =>
      col.notNull().check(sql`stream in ('policy', 'community_action', 'capacity_building', 'other')`),
    )
    .addColumn('purpose', 'text', (col) => col.notNull())
    // The amount first approved; amendments (funding_amendments) replace it from their date on.
    .addColumn('approved_cents', 'integer', (col) => col.notNull().check(sql`approved_cents >= 0`))
    .addColumn('starts_on', 'text', (col) => col.notNull())
    .addColumn('ends_on', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('proposed', 'approved', 'active', 'closed', 'cancelled')`),
    )
    .addColumn('working_group_id', 'integer', (col) => col.references('working_groups.id').onDelete('set null'))
    .addColumn('recommendation_id', 'integer', (col) => col.references('recommendations.id').onDelete('set null'))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addCheckConstraint('funding_agreements_dates', sql`ends_on >= starts_on`)
    .execute();
  await db.schema.createIndex('funding_agreements_status').on('funding_agreements').columns(['status', 'starts_on']).execute();

  await db.schema
    .createTable('funding_agreement_organisations')
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('funding_agreements.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisations.id').onDelete('restrict'))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('lead', 'partner', 'mentored', 'mentor')`))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('funding_agreement_organisations_pk', ['agreement_id', 'organisation_id'])
    .execute();
  // One lead per agreement: the service says so in words; the index makes it impossible to forget.
  await sql`create unique index funding_agreement_one_lead on funding_agreement_organisations (agreement_id) where role = 'lead'`.execute(db);
  await db.schema
    .createIndex('funding_agreement_organisations_organisation')
    .on('funding_agreement_organisations')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('funding_amendments')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('funding_agreements.id').onDelete('cascade'))
    .addColumn('amended_on', 'text', (col) => col.notNull())
    .addColumn('new_amount_cents', 'integer', (col) => col.notNull().check(sql`new_amount_cents >= 0`))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('funding_instalments')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('funding_agreements.id').onDelete('cascade'))
    .addColumn('due_on', 'text', (col) => col.notNull())
    .addColumn('amount_cents', 'integer', (col) => col.notNull().check(sql`amount_cents > 0`))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('funding_claims')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('funding_agreements.id').onDelete('cascade'))
    .addColumn('received_on', 'text', (col) => col.notNull())
    .addColumn('period_from', 'text', (col) => col.notNull())
    .addColumn('period_to', 'text', (col) => col.notNull())
    .addColumn('amount_cents', 'integer', (col) => col.notNull().check(sql`amount_cents > 0`))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addCheckConstraint('funding_claims_period', sql`period_to >= period_from`)
    .execute();

  await db.schema
    .createTable('funding_payments')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('funding_agreements.id').onDelete('cascade'))
    .addColumn('paid_on', 'text', (col) => col.notNull())
    .addColumn('amount_cents', 'integer', (col) => col.notNull().check(sql`amount_cents > 0`))
    .addColumn('claim_id', 'integer', (col) => col.references('funding_claims.id').onDelete('set null'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('funding_deliverables')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('agreement_id', 'integer', (col) => col.notNull().references('funding_agreements.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('milestone', 'interim_report', 'final_report')`))
    .addColumn('description', 'text')
    .addColumn('due_on', 'text', (col) => col.notNull())
    .addColumn('received_on', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('funding_deliverables_due').on('funding_deliverables').columns(['received_on', 'due_on']).execute();

  for (const table of ['funding_amendments', 'funding_instalments', 'funding_claims', 'funding_payments', 'funding_deliverables']) {
    await db.schema.createIndex(`${table}_agreement`).on(table).column('agreement_id').execute();
  }
}
