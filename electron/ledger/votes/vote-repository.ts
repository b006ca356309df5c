import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { BallotChoice, DecisionRule, VoteMethod, VoteResult } from '../../../shared/domain/vote-rules';
import type { CategoryTally, RecordedBallot, Vote } from '../../../shared/domain/vote';
import { nameOnAgenda } from '../../../shared/domain/worker-safe-name';
import type { Executor } from '../database';
import type { NewVoteRow } from './votes-table';

export async function insertVote(
  db: Executor,
  row: NewVoteRow,
  ballots: readonly { memberId: number; choice: BallotChoice }[],
  categoryTallies: readonly CategoryTally[],
): Promise<number> {
  const { id } = await db.insertInto('votes').values(row).returning('id').executeTakeFirstOrThrow();
  if (ballots.length > 0) {
    await db
      .insertInto('vote_ballots')
      .values(ballots.map((ballot) => ({ vote_id: id, member_id: ballot.memberId, choice: ballot.choice })))
      .execute();
  }
  if (categoryTallies.length > 0) {
    await db
      .insertInto('vote_category_tallies')
      .values(
        categoryTallies.map(({ category, tally }) => ({
          vote_id: id,
          category,
          votes_for: tally.for,
          votes_against: tally.against,
          abstentions: tally.abstain,
          blocks: tally.block,
        })),
      )
      .execute();
  }
  return id;
}

async function ballotsByVote(db: Executor, voteIds: number[]): Promise<Map<number, RecordedBallot[]>> {
  const byVote = new Map<number, RecordedBallot[]>();
  if (voteIds.length === 0) return byVote;
  const rows = await db
    .selectFrom('vote_ballots')
    .innerJoin('members', 'members.id', 'vote_ballots.member_id')
    .select([
      'vote_ballots.vote_id',
      'vote_ballots.choice',
      'members.id',
      'members.display_name',
      'members.alias',
      'members.category',
      'members.may_be_named',
      'members.withdrawn_at',
    ])
    .where('vote_ballots.vote_id', 'in', voteIds)
    .orderBy('members.id')
    .execute();
  for (const row of rows) {
    const category = row.category as StakeholderCategory;
    // A roll call travels with the minutes: workers appear by alias, as on the roll call itself.
    const { name, isAlias } = nameOnAgenda({
      id: row.id,
      displayName: row.display_name,
      alias: row.alias,
      category,
      mayBeNamed: row.may_be_named === 1,
      withdrawn: row.withdrawn_at !== null,
    });
    const list = byVote.get(row.vote_id) ?? [];
    list.push({ memberId: row.id, name, isAlias, category, choice: row.choice as BallotChoice });
    byVote.set(row.vote_id, list);
  }
  return byVote;
}

async function categoryTalliesByVote(db: Executor, voteIds: number[]): Promise<Map<number, CategoryTally[]>> {
  const byVote = new Map<number, CategoryTally[]>();
  if (voteIds.length === 0) return byVote;
  const rows = await db
    .selectFrom('vote_category_tallies')
    .selectAll()
    .where('vote_id', 'in', voteIds)
    .orderBy('category')
    .execute();
  for (const row of rows) {
    const list = byVote.get(row.vote_id) ?? [];
    list.push({
      category: row.category as StakeholderCategory,
      tally: { for: row.votes_for, against: row.votes_against, abstain: row.abstentions, block: row.blocks },
    });
    byVote.set(row.vote_id, list);
  }
  return byVote;
}

/** Votes of one meeting or one recommendation, in the order they were taken. */
export async function listVotes(
  db: Executor,
  where: { meetingId?: number; recommendationId?: number; voteId?: number },
): Promise<Vote[]> {
  let query = db
    .selectFrom('votes')
    .innerJoin('meetings', 'meetings.id', 'votes.meeting_id')
    .innerJoin('recommendations', 'recommendations.id', 'votes.recommendation_id')
    .selectAll('votes')
    .select([
      'meetings.title as meeting_title',
      'meetings.held_on as meeting_held_on',
      'recommendations.title as recommendation_title',
    ]);
  if (where.meetingId !== undefined) query = query.where('votes.meeting_id', '=', where.meetingId);
  if (where.recommendationId !== undefined) query = query.where('votes.recommendation_id', '=', where.recommendationId);
  if (where.voteId !== undefined) query = query.where('votes.id', '=', where.voteId);
  const rows = await query.orderBy('meetings.held_on').orderBy('votes.id').execute();
  const ids = rows.map((row) => row.id);
  const [ballots, categoryTallies] = await Promise.all([ballotsByVote(db, ids), categoryTalliesByVote(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    meetingHeldOn: row.meeting_held_on,
    recommendationId: row.recommendation_id,
    recommendationTitle: row.recommendation_title,
    agendaItemId: row.agenda_item_id,
    method: row.method as VoteMethod,
    rule: row.rule as DecisionRule,
    tally: { for: row.votes_for, against: row.votes_against, abstain: row.abstentions, block: row.blocks },
    categoryTallies: categoryTallies.get(row.id) ?? [],
    ballots: ballots.get(row.id) ?? [],
    membersPresent: row.members_present,
    votingMembers: row.voting_members,
    quorumRequired: row.quorum_required,
    quorumMet: row.quorum_met === 1,
    result: row.result as VoteResult,
    votesCast: row.votes_for + row.votes_against,
    votesNeeded: row.votes_needed,
    note: row.note,
    recordedAt: row.recorded_at,
  }));
}
