import type { BallotChoice } from '../../../shared/domain/vote-rules';
import type { CategoryTally } from '../../../shared/domain/vote';
import type { Executor } from '../database';
import type { NewVoteRow, VoteCorrectionsTable, VotesTable } from './votes-table';
import type { Insertable } from 'kysely';

async function insertCounts(
  db: Executor,
  voteId: number,
  ballots: readonly { memberId: number; choice: BallotChoice }[],
  categoryTallies: readonly CategoryTally[],
): Promise<void> {
  if (ballots.length > 0) {
    await db
      .insertInto('vote_ballots')
      .values(ballots.map((ballot) => ({ vote_id: voteId, member_id: ballot.memberId, choice: ballot.choice })))
      .execute();
  }
  if (categoryTallies.length > 0) {
    await db
      .insertInto('vote_category_tallies')
      .values(
        categoryTallies.map(({ category, tally }) => ({
          vote_id: voteId,
          category,
          votes_for: tally.for,
          votes_against: tally.against,
          abstentions: tally.abstain,
          blocks: tally.block,
        })),
      )
      .execute();
  }
}

export async function insertVote(
  db: Executor,
  row: NewVoteRow,
  ballots: readonly { memberId: number; choice: BallotChoice }[],
  categoryTallies: readonly CategoryTally[],
): Promise<number> {
  const { id } = await db.insertInto('votes').values(row).returning('id').executeTakeFirstOrThrow();
  await insertCounts(db, id, ballots, categoryTallies);
  return id;
}

export async function findVoteRow(db: Executor, voteId: number) {
  return db.selectFrom('votes').selectAll().where('id', '=', voteId).executeTakeFirst();
}

export type VoteOutcomeUpdate = Partial<
  Pick<
    VotesTable,
    'votes_for' | 'votes_against' | 'abstentions' | 'blocks' | 'result' | 'votes_needed' | 'voided_at' | 'void_reason'
  >
>;

/** A correction replaces the counts (ballots and category tallies too) and the result they give. */
export async function replaceVoteCounts(
  db: Executor,
  voteId: number,
  outcome: VoteOutcomeUpdate,
  ballots: readonly { memberId: number; choice: BallotChoice }[],
  categoryTallies: readonly CategoryTally[],
): Promise<void> {
  await db.updateTable('votes').set(outcome).where('id', '=', voteId).execute();
  await db.deleteFrom('vote_ballots').where('vote_id', '=', voteId).execute();
  await db.deleteFrom('vote_category_tallies').where('vote_id', '=', voteId).execute();
  await insertCounts(db, voteId, ballots, categoryTallies);
}

export async function setVoteOutcome(db: Executor, voteId: number, outcome: VoteOutcomeUpdate): Promise<void> {
  await db.updateTable('votes').set(outcome).where('id', '=', voteId).execute();
}

export async function insertCorrection(db: Executor, row: Insertable<VoteCorrectionsTable>): Promise<number> {
  const { id } = await db.insertInto('vote_corrections').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Votes on a recommendation (and its amendments) recorded after this one and not voided. */
export async function laterVotesOn(db: Executor, recommendationId: number, afterVoteId: number) {
  return db
    .selectFrom('votes')
    .select(['id', 'motion_kind'])
    .where('recommendation_id', '=', recommendationId)
    .where('id', '>', afterVoteId)
    .where('voided_at', 'is', null)
    .execute();
}

/** A carried, standing vote adopting this meeting's agenda, other than the one given. */
export async function agendaAdoptedBy(db: Executor, meetingId: number, exceptVoteId: number | null) {
  let query = db
    .selectFrom('votes')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('procedure', '=', 'adopt_agenda')
    .where('result', '=', 'carried')
    .where('voided_at', 'is', null);
  if (exceptVoteId !== null) query = query.where('id', '!=', exceptVoteId);
  return query.executeTakeFirst();
}
