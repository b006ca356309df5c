import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code.
// Meeting notices (issue 15): each meeting's time zone, the coordinator's notice texts, the
// calendar entry each meeting's .ics files share (a stable UID and a SEQUENCE that grows when the
// meeting changes), and the log of notices prepared. None of these holds a member's personal data,
// nor anything derived from the meeting's words: the log keeps languages and counts, the calendar
// entry a random UID, and both the meeting's calendar revision, a counter.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The dates and times already in the ledger were typed as Vancouver wall-clock times.
  await db.schema
    .alterTable('meetings')
    .addColumn('time_zone', 'text', (col) => col.notNull().defaultTo('America/Vancouver'))
    .execute();
  // Grows whenever what a calendar shows of the meeting changes (title, date, times, zone, place, link, status).
  await db.schema
    .alterTable('meetings')
    .addColumn('calendar_revision', 'integer', (col) => col.notNull().defaultTo(0).check(sql`calendar_revision >= 0`))
    .execute();

  await db.schema
    .createTable('notice_templates')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('meeting_kind', 'text', (col) =>
      col.notNull().check(sql`meeting_kind in ('plenary', 'working_group', 'workers_forum', 'government_network')`),
    )
    .addColumn('purpose', 'text', (col) => col.notNull().check(sql`purpose in ('invitation', 'cancellation')`))
    .addColumn('language_code', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('notice_templates_one_per_language', ['meeting_kind', 'purpose', 'language_code'])
    .execute();

  await db.schema
    .createTable('meeting_calendar_entries')
    .addColumn('meeting_id', 'integer', (col) => col.primaryKey().references('meetings.id').onDelete('cascade'))
    .addColumn('uid', 'text', (col) => col.notNull().unique())
    .addColumn('sequence', 'integer', (col) => col.notNull().defaultTo(0).check(sql`sequence >= 0`))
    .addColumn('meeting_revision', 'integer', (col) => col.notNull())
    .addColumn('issued_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('notice_log')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('prepared_at', 'text', (col) => col.notNull())
    .addColumn('purpose', 'text', (col) => col.notNull().check(sql`purpose in ('invitation', 'cancellation')`))
    .addColumn('meeting_revision', 'integer', (col) => col.notNull())
    // JSON: [{ "language": "es", "recipients": 12 }, ...]
    .addColumn('languages', 'text', (col) => col.notNull())
    .addColumn('recipients', 'integer', (col) => col.notNull().check(sql`recipients >= 0`))
    .addColumn('not_contacted', 'integer', (col) => col.notNull().check(sql`not_contacted >= 0`))
    .execute();
  await db.schema.createIndex('notice_log_meeting').on('notice_log').columns(['meeting_id', 'prepared_at']).execute();
}
