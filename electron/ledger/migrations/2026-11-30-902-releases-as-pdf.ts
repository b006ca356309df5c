import { sql, type Kysely } from 'kysely';
import { isPostgres } from './on-engine';

// Frozen in time: a migration never imports app code.
// A shared document saved as PDF is a release like its .docx: the register's format may now be
// 'pdf'. SQLite cannot change a CHECK constraint, so both register tables are rebuilt with their
// rows: the new releases table first, the cells copied into a table that references it, then the
// old ones dropped and the new ones renamed (renaming keeps the cells' reference pointing at the
// releases table under its final name). Nothing in either table changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    // PostgreSQL changes a CHECK in place; the column's check has PostgreSQL's default name.
    await sql`alter table report_releases drop constraint report_releases_format_check`.execute(db);
    await sql`alter table report_releases add constraint report_releases_format_check check (format in ('docx', 'xlsx', 'pdf'))`.execute(
      db,
    );
    return;
  }
  await sql`create table report_releases_new (
    id integer primary key autoincrement,
    document_kind text not null check (document_kind in ('quarterly_report', 'minutes_shared')),
    document_key text not null,
    audience text not null check (audience in ('funders_government')),
    period text,
    meeting_id integer,
    format text not null check (format in ('docx', 'xlsx', 'pdf')),
    language text not null check (language in ('en', 'fr')),
    status text not null check (status in ('draft', 'final')),
    file_name text not null,
    file_sha256 text not null check (length(file_sha256) = 64),
    threshold integer not null,
    released_at text not null,
    cell_count integer not null,
    hidden_count integer not null,
    earlier_releases integer not null
  )`.execute(db);
  await sql`insert into report_releases_new select id, document_kind, document_key, audience, period, meeting_id, format,
    language, status, file_name, file_sha256, threshold, released_at, cell_count, hidden_count, earlier_releases
    from report_releases`.execute(db);
  await sql`create table report_release_cells_new (
    release_id integer not null references report_releases_new (id) on delete restrict,
    position integer not null,
    table_key text not null,
    row_key text not null,
    column_key text not null,
    period text,
    meeting_id integer,
    state text not null check (state in ('shown', 'primary', 'complementary')),
    value real,
    marker text,
    range_low integer,
    range_high integer,
    terms text,
    constraint report_release_cells_pk primary key (release_id, position),
    constraint report_release_cells_published check ((state = 'shown' and value is not null and marker is null) or (state != 'shown' and value is null and marker is not null and range_low is not null))
  )`.execute(db);
  await sql`insert into report_release_cells_new select release_id, position, table_key, row_key, column_key, period,
    meeting_id, state, value, marker, range_low, range_high, terms from report_release_cells`.execute(db);
  await sql`drop table report_release_cells`.execute(db);
  await sql`drop table report_releases`.execute(db);
  await sql`alter table report_releases_new rename to report_releases`.execute(db);
  await sql`alter table report_release_cells_new rename to report_release_cells`.execute(db);
  await sql`create index report_releases_document on report_releases (audience, document_key, id)`.execute(db);
  await sql`create index report_release_cells_period on report_release_cells (period)`.execute(db);
  await sql`create index report_release_cells_meeting on report_release_cells (meeting_id)`.execute(db);
}
