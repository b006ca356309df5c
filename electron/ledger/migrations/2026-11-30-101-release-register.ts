import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// The release register: every document shared with funders or government, and every cell it
// published (value or marker), so that each new document is audited against all of them.
// Releases are never changed or deleted: what went out stays out. No names are stored (not even a
// meeting's title, which erasure may rewrite): cells hold codes and counts only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_releases')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('document_kind', 'text', (col) =>
      col.notNull().check(sql`document_kind in ('quarterly_report', 'minutes_shared')`),
    )
    // One document in every format and language: "quarterly:2026-Q3", "minutes:42".
    .addColumn('document_key', 'text', (col) => col.notNull())
    .addColumn('audience', 'text', (col) => col.notNull().check(sql`audience in ('funders_government')`))
    .addColumn('period', 'text')
    // No foreign key: the register must outlive a meeting deleted later.
    .addColumn('meeting_id', 'integer')
    .addColumn('format', 'text', (col) => col.notNull().check(sql`format in ('docx', 'xlsx')`))
    .addColumn('language', 'text', (col) => col.notNull().check(sql`language in ('en', 'fr')`))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('draft', 'final')`))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('file_sha256', 'text', (col) => col.notNull().check(sql`length(file_sha256) = 64`))
    .addColumn('threshold', 'integer', (col) => col.notNull())
    .addColumn('released_at', 'text', (col) => col.notNull())
    .addColumn('cell_count', 'integer', (col) => col.notNull())
    .addColumn('hidden_count', 'integer', (col) => col.notNull())
    .addColumn('earlier_releases', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('report_releases_document')
    .on('report_releases')
    .columns(['audience', 'document_key', 'id'])
    .execute();

  await db.schema
    .createTable('report_release_cells')
    .addColumn('release_id', 'integer', (col) => col.notNull().references('report_releases.id').onDelete('restrict'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('table_key', 'text', (col) => col.notNull())
    .addColumn('row_key', 'text', (col) => col.notNull())
    .addColumn('column_key', 'text', (col) => col.notNull())
    .addColumn('period', 'text')
    .addColumn('meeting_id', 'integer')
    .addColumn('state', 'text', (col) => col.notNull().check(sql`state in ('shown', 'primary', 'complementary')`))
    // The figure printed, when shown (amounts and hours may have decimals).
    .addColumn('value', 'real')
    // "<10" or "x", when hidden, and the range the marker states (range_high null: no upper end).
    .addColumn('marker', 'text')
    .addColumn('range_low', 'integer')
    .addColumn('range_high', 'integer')
    // For counts of people: the atomic quantities the cell sums, as JSON [[atom, coefficient], ...].
    .addColumn('terms', 'text')
    .addPrimaryKeyConstraint('report_release_cells_pk', ['release_id', 'position'])
    .addCheckConstraint(
      'report_release_cells_published',
      sql`(state = 'shown' and value is not null and marker is null) or (state != 'shown' and value is null and marker is not null and range_low is not null)`,
    )
    .execute();
  await db.schema.createIndex('report_release_cells_period').on('report_release_cells').column('period').execute();
  await db.schema.createIndex('report_release_cells_meeting').on('report_release_cells').column('meeting_id').execute();
}
