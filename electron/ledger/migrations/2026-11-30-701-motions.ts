import { sql, type Kysely } from 'kysely';

// Frozen in time: a migration never imports app code, so later refactors cannot change what it did.
//
// A vote was always on a recommendation; now it is on a motion: a recommendation, an amendment to one,
// a procedural motion (adopting the agenda, approving minutes) or a motion from the floor with its own
// words, each moved and seconded by members present. SQLite cannot drop NOT NULL from a column, so
// votes is rebuilt by SQLite's documented procedure (migrate-ledger.ts turns foreign keys off around
// every migration and checks them before it commits): new table, copy, drop, rename. Children
// (vote_ballots, vote_category_tallies) name "votes" and find the new table under that name.
// Every existing vote becomes a recommendation motion on the recommendation's text as it stands,
// recorded as its first version, with no mover or seconder (none was recorded then).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('votes_rebuilt')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('restrict'))
    .addColumn('motion_kind', 'text', (col) =>
      col.notNull().check(sql`motion_kind in ('recommendation', 'amendment', 'procedural', 'floor')`),
    )
    .addColumn('procedure', 'text', (col) => col.check(sql`procedure in ('adopt_agenda', 'approve_minutes')`))
    .addColumn('recommendation_id', 'integer', (col) => col.references('recommendations.id').onDelete('restrict'))
    // The version of the recommendation's text the motion was put on (amendments: the one they amend).
    .addColumn('text_version', 'integer')
    .addColumn('minutes_id', 'integer', (col) => col.references('minutes.id').onDelete('restrict'))
    .addColumn('motion_title', 'text')
    .addColumn('motion_text', 'text')
    .addColumn('mover_member_id', 'integer', (col) => col.references('members.id').onDelete('restrict'))
    .addColumn('seconder_member_id', 'integer', (col) => col.references('members.id').onDelete('restrict'))
    .addColumn('agenda_item_id', 'integer', (col) => col.references('agenda_items.id').onDelete('set null'))
    .addColumn('method', 'text', (col) =>
      col.notNull().check(sql`method in ('show_of_hands', 'paper_ballot', 'roll_call', 'consensus')`),
    )
    .addColumn('rule', 'text', (col) => col.notNull().check(sql`rule in ('simple_majority', 'two_thirds', 'consensus')`))
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
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addCheckConstraint('votes_within_present', sql`votes_for + votes_against + abstentions + blocks <= members_present`)
    .addCheckConstraint(
      'votes_motion_shape',
      sql`(motion_kind in ('recommendation', 'amendment')) = (recommendation_id is not null)
        and (motion_kind = 'procedural') = (procedure is not null)
        and coalesce(procedure = 'approve_minutes', 0) = (minutes_id is not null)
        and (motion_kind = 'floor') = (motion_title is not null)
        and (motion_kind in ('amendment', 'floor')) = (motion_text is not null)`,
    )
    .addCheckConstraint('votes_void_reason', sql`(voided_at is null) = (void_reason is null)`)
    .execute();

  await sql`
    insert into votes_rebuilt (
      id, meeting_id, motion_kind, procedure, recommendation_id, text_version, minutes_id, motion_title, motion_text,
      mover_member_id, seconder_member_id, agenda_item_id, method, rule, votes_for, votes_against, abstentions, blocks,
      members_present, voting_members, quorum_required, quorum_met, result, votes_needed, note, recorded_at,
      voided_at, void_reason)
    select
      id, meeting_id, 'recommendation', null, recommendation_id, 1, null, null, null,
      null, null, agenda_item_id, method, rule, votes_for, votes_against, abstentions, blocks,
      members_present, voting_members, quorum_required, quorum_met, result, votes_needed, note, recorded_at,
      null, null
    from votes`.execute(db);
  await db.schema.dropTable('votes').execute();
  await sql`alter table votes_rebuilt rename to votes`.execute(db);
  await db.schema.createIndex('votes_meeting').on('votes').columns(['meeting_id', 'id']).execute();
  await db.schema.createIndex('votes_recommendation').on('votes').column('recommendation_id').execute();

  // Every wording a recommendation has had, oldest first; the recommendation row holds the latest.
  await db.schema
    .createTable('recommendation_versions')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('recommendation_id', 'integer', (col) =>
      col.notNull().references('recommendations.id').onDelete('restrict'),
    )
    .addColumn('number', 'integer', (col) => col.notNull().check(sql`number >= 1`))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull().check(sql`source in ('drafted', 'revised', 'amended', 'restored')`))
    .addColumn('vote_id', 'integer', (col) => col.references('votes.id').onDelete('restrict'))
    .addColumn('made_on', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('recommendation_versions_number', ['recommendation_id', 'number'])
    .execute();
  await sql`
    insert into recommendation_versions (recommendation_id, number, text, source, vote_id, made_on, recorded_at)
    select id, 1, text, 'drafted', null, drafted_on, created_at from recommendations order by id`.execute(db);

  // A recorded vote corrected (a tally mistyped) or voided, with the reason; the vote row holds the outcome.
  await db.schema
    .createTable('vote_corrections')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('vote_id', 'integer', (col) => col.notNull().references('votes.id').onDelete('restrict'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('corrected', 'voided')`))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('corrected_on', 'text', (col) => col.notNull())
    .addColumn('before_for', 'integer', (col) => col.notNull())
    .addColumn('before_against', 'integer', (col) => col.notNull())
    .addColumn('before_abstain', 'integer', (col) => col.notNull())
    .addColumn('before_block', 'integer', (col) => col.notNull())
    .addColumn('before_result', 'text', (col) => col.notNull())
    .addColumn('after_result', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('vote_corrections_vote').on('vote_corrections').column('vote_id').execute();

  // Minutes approved by a vote say which one, so correcting that vote can undo the approval.
  await db.schema
    .alterTable('minutes')
    .addColumn('approved_by_vote_id', 'integer', (col) => col.references('votes.id').onDelete('restrict'))
    .execute();
}
