import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
// working_group_id has no foreign key on purpose: the working_groups table arrives in another
// area's migration, and a meeting must survive its group being archived.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('plenary', 'working_group', 'workers_forum', 'government_network')`),
    )
    .addColumn('working_group_id', 'integer')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('held_on', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('place', 'text')
    .addColumn('online_link', 'text')
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('planned')
        .check(sql`status in ('planned', 'held', 'cancelled')`),
    )
    .addColumn('worker_friendly', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('packet_generated_at', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('meetings_held_on').on('meetings').columns(['held_on', 'starts_at']).execute();
  await db.schema.createIndex('meetings_working_group').on('meetings').column('working_group_id').execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .check(sql`kind in ('worker_voices', 'presentation', 'discussion', 'decision', 'information', 'break')`),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('presenter_member_id', 'integer', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('planned_minutes', 'integer', (col) => col.notNull().check(sql`planned_minutes >= 0`))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('agenda_items_meeting').on('agenda_items').columns(['meeting_id', 'position']).execute();

  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (col) => col.notNull().references('members.id').onDelete('restrict'))
    .addColumn('presence', 'text', (col) =>
      col
        .notNull()
        .defaultTo('unmarked')
        .check(sql`presence in ('unmarked', 'in_person', 'remote', 'regrets', 'absent')`),
    )
    // null = use the member's preferred language; interpretation_overridden = 1 means the coordinator chose.
    .addColumn('interpretation_language', 'text')
    .addColumn('interpretation_overridden', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('added', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'member_id'])
    .execute();
  await db.schema.createIndex('meeting_attendance_member').on('meeting_attendance').column('member_id').execute();

  await db.schema
    .createTable('meeting_guests')
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull().check(sql`count >= 0`))
    .addPrimaryKeyConstraint('meeting_guests_pk', ['meeting_id', 'category'])
    .execute();

  await db.schema
    .createTable('interpretation_bookings')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('language_code', 'text', (col) => col.notNull())
    .addColumn('mode', 'text', (col) =>
      col.notNull().check(sql`mode in ('simultaneous', 'consecutive', 'whispered', 'remote_video', 'phone')`),
    )
    .addColumn('provider', 'text', (col) => col.notNull())
    .addColumn('contact', 'text')
    // Minutes, not hours, so quarter hours stay integers.
    .addColumn('booked_minutes', 'integer', (col) => col.notNull().check(sql`booked_minutes >= 0`))
    .addColumn('actual_minutes', 'integer', (col) => col.check(sql`actual_minutes >= 0`))
    .addColumn('hourly_rate_cents', 'integer', (col) => col.notNull().check(sql`hourly_rate_cents >= 0`))
    .addColumn('minimum_charge_cents', 'integer', (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`minimum_charge_cents >= 0`),
    )
    .addColumn('travel_cents', 'integer', (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`travel_cents >= 0`),
    )
    .addColumn('cancellation_fee_cents', 'integer', (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`cancellation_fee_cents >= 0`),
    )
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('requested')
        .check(sql`status in ('requested', 'confirmed', 'delivered', 'cancelled')`),
    )
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('interpretation_bookings_meeting')
    .on('interpretation_bookings')
    .columns(['meeting_id', 'language_code'])
    .execute();

  await db.schema
    .createTable('minutes')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().unique().references('meetings.id').onDelete('restrict'))
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'circulated', 'approved')`),
    )
    .addColumn('circulated_on', 'text')
    .addColumn('approved_at_meeting_id', 'integer', (col) => col.references('meetings.id').onDelete('restrict'))
    .addColumn('approved_on', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('minutes_status').on('minutes').column('status').execute();

  await db.schema
    .createTable('minutes_sections')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('minutes_id', 'integer', (col) => col.notNull().references('minutes.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'integer', (col) => col.references('agenda_items.id').onDelete('set null'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('heading', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('decisions', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('minutes_sections_minutes')
    .on('minutes_sections')
    .columns(['minutes_id', 'position'])
    .execute();

  // The speaker is kept by id so the name shown follows the consent register at the time of reading.
  await db.schema
    .createTable('minutes_testimonies')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('section_id', 'integer', (col) => col.notNull().references('minutes_sections.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('minutes_id', 'integer', (col) => col.notNull().references('minutes.id').onDelete('cascade'))
    .addColumn('section_id', 'integer', (col) => col.references('minutes_sections.id').onDelete('set null'))
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('owner_member_id', 'integer', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('owner_name', 'text')
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'in_progress', 'done')`),
    )
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('action_items_status').on('action_items').columns(['status', 'due_on']).execute();

  await db.schema
    .createTable('minutes_amendments')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('minutes_id', 'integer', (col) => col.notNull().references('minutes.id').onDelete('cascade'))
    .addColumn('section_id', 'integer', (col) => col.references('minutes_sections.id').onDelete('set null'))
    .addColumn('amended_on', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}
