import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
// working_group_id has no foreign key, like meetings': the group may be archived, and the name it had
// when drafting is kept beside it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recommendations')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('policy', 'funding', 'community_action')`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('rationale', 'text')
    .addColumn('working_group_id', 'integer')
    .addColumn('working_group_name', 'text')
    .addColumn('drafted_on', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('draft', 'tabled', 'adopted', 'rejected', 'deferred', 'referred_back')`),
    )
    .addColumn('status_on', 'text', (col) => col.notNull())
    .addColumn('status_meeting_id', 'integer', (col) => col.references('meetings.id').onDelete('restrict'))
    .addColumn('deferred_to_meeting_id', 'integer', (col) => col.references('meetings.id').onDelete('restrict'))
    .addColumn('implementation_status', 'text', (col) =>
      col.check(
        sql`implementation_status is null or implementation_status in ('not_started', 'in_progress', 'partially_implemented', 'implemented', 'not_implemented')`,
      ),
    )
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('recommendations_status').on('recommendations').column('status').execute();
  await db.schema.createIndex('recommendations_drafted_on').on('recommendations').column('drafted_on').execute();
  await db.schema.createIndex('recommendations_group').on('recommendations').column('working_group_id').execute();

  await db.schema
    .createTable('recommendation_follow_ups')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('recommendation_id', 'integer', (col) =>
      col.notNull().references('recommendations.id').onDelete('restrict'),
    )
    .addColumn('sent_to', 'text', (col) => col.notNull())
    .addColumn('recipient_kind', 'text', (col) =>
      col.notNull().check(sql`recipient_kind in ('government', 'funder', 'other')`),
    )
    .addColumn('sent_on', 'text', (col) => col.notNull())
    .addColumn('response', 'text')
    .addColumn('response_on', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('recommendation_follow_ups_recommendation')
    .on('recommendation_follow_ups')
    .column('recommendation_id')
    .execute();

  // Append-only trail: every change of status, follow-up and implementation step, in order.
  // vote_id points at votes, created by the next migration; the service writes both together.
  await db.schema
    .createTable('recommendation_events')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('recommendation_id', 'integer', (col) =>
      col.notNull().references('recommendations.id').onDelete('restrict'),
    )
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('status', 'follow_up_sent', 'response_recorded', 'implementation')`),
    )
    .addColumn('from_value', 'text')
    .addColumn('to_value', 'text')
    .addColumn('occurred_on', 'text', (col) => col.notNull())
    .addColumn('meeting_id', 'integer', (col) => col.references('meetings.id').onDelete('restrict'))
    .addColumn('deferred_to_meeting_id', 'integer', (col) => col.references('meetings.id').onDelete('restrict'))
    .addColumn('vote_id', 'integer')
    .addColumn('follow_up_id', 'integer', (col) => col.references('recommendation_follow_ups.id').onDelete('restrict'))
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('recommendation_events_recommendation')
    .on('recommendation_events')
    .columns(['recommendation_id', 'id'])
    .execute();
  await db.schema
    .createIndex('recommendation_events_meeting')
    .on('recommendation_events')
    .column('meeting_id')
    .execute();
}
