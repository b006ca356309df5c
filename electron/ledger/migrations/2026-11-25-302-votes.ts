import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Attendance and quorum are copied onto the vote: people leave, and the roll call may be corrected later,
  // but the vote was decided on the numbers as they stood when it was taken.
  await db.schema
    .createTable('votes')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('restrict'))
    .addColumn('recommendation_id', 'integer', (col) =>
      col.notNull().references('recommendations.id').onDelete('restrict'),
    )
    .addColumn('agenda_item_id', 'integer', (col) => col.references('agenda_items.id').onDelete('set null'))
    .addColumn('method', 'text', (col) =>
      col.notNull().check(sql`method in ('show_of_hands', 'paper_ballot', 'roll_call', 'consensus')`),
    )
    .addColumn('rule', 'text', (col) =>
      col.notNull().check(sql`rule in ('simple_majority', 'two_thirds', 'consensus')`),
    )
    .addColumn('votes_for', 'integer', (col) => col.notNull().check(sql`votes_for >= 0`))
    .addColumn('votes_against', 'integer', (col) => col.notNull().check(sql`votes_against >= 0`))
    .addColumn('abstentions', 'integer', (col) => col.notNull().check(sql`abstentions >= 0`))
    .addColumn('blocks', 'integer', (col) => col.notNull().check(sql`blocks >= 0`))
    .addColumn('members_present', 'integer', (col) => col.notNull())
    .addColumn('voting_members', 'integer', (col) => col.notNull())
    .addColumn('quorum_required', 'integer', (col) => col.notNull())
    .addColumn('quorum_met', 'integer', (col) => col.notNull().check(sql`quorum_met in (0, 1)`))
    .addColumn('result', 'text', (col) => col.notNull().check(sql`result in ('carried', 'defeated', 'no_quorum')`))
    .addColumn('votes_needed', 'integer')
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addCheckConstraint(
      'votes_within_present',
      sql`votes_for + votes_against + abstentions + blocks <= members_present`,
    )
    .execute();
  await db.schema.createIndex('votes_meeting').on('votes').columns(['meeting_id', 'id']).execute();
  await db.schema.createIndex('votes_recommendation').on('votes').column('recommendation_id').execute();

  await db.schema
    .createTable('vote_ballots')
    .addColumn('vote_id', 'integer', (col) => col.notNull().references('votes.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (col) => col.notNull().references('members.id').onDelete('restrict'))
    .addColumn('choice', 'text', (col) =>
      col.notNull().check(sql`choice in ('for', 'against', 'abstain', 'block', 'not_voting')`),
    )
    .addPrimaryKeyConstraint('vote_ballots_pk', ['vote_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('vote_category_tallies')
    .addColumn('vote_id', 'integer', (col) => col.notNull().references('votes.id').onDelete('cascade'))
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('votes_for', 'integer', (col) => col.notNull().check(sql`votes_for >= 0`))
    .addColumn('votes_against', 'integer', (col) => col.notNull().check(sql`votes_against >= 0`))
    .addColumn('abstentions', 'integer', (col) => col.notNull().check(sql`abstentions >= 0`))
    .addColumn('blocks', 'integer', (col) => col.notNull().check(sql`blocks >= 0`))
    .addPrimaryKeyConstraint('vote_category_tallies_pk', ['vote_id', 'category'])
    .execute();
}
