import type { MotionSponsor } from '../../../shared/domain/motion';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { CategoryTally, RecordedBallot, Vote, VoteCorrection } from '../../../shared/domain/vote';
import type { BallotChoice, DecisionRule, VoteMethod, VoteResult } from '../../../shared/domain/vote-rules';
import { nameInMinutes, nameOnAgenda } from '../../../shared/domain/worker-safe-name';
import type { Executor } from '../database';

interface PersonRow {
  id: number | null;
  display_name: string | null;
  alias: string | null;
  category: string | null;
  may_be_named: number | null;
  withdrawn_at: string | null;
}

function person(row: PersonRow) {
  return {
    id: row.id ?? 0,
    displayName: row.display_name ?? '',
    alias: row.alias,
    category: row.category as StakeholderCategory,
    mayBeNamed: row.may_be_named === 1,
    withdrawn: row.withdrawn_at !== null,
  };
}

/** Movers and seconders are recorded in the minutes: workers by alias unless consent lets them be named. */
function sponsor(row: PersonRow): MotionSponsor | null {
  if (row.id === null || row.display_name === null) return null;
  const { name, isAlias } = nameInMinutes(person(row));
  return { memberId: row.id, name, isAlias };
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
    // A roll call travels with the minutes: workers appear by alias, as on the roll call itself.
    const { name, isAlias } = nameOnAgenda(person(row));
    const list = byVote.get(row.vote_id) ?? [];
    list.push({
      memberId: row.id,
      name,
      isAlias,
      category: row.category as StakeholderCategory,
      choice: row.choice as BallotChoice,
    });
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

async function correctionsByVote(db: Executor, voteIds: number[]): Promise<Map<number, VoteCorrection[]>> {
  const byVote = new Map<number, VoteCorrection[]>();
  if (voteIds.length === 0) return byVote;
  const rows = await db
    .selectFrom('vote_corrections')
    .selectAll()
    .where('vote_id', 'in', voteIds)
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = byVote.get(row.vote_id) ?? [];
    list.push({
      id: row.id,
      kind: row.kind,
      reason: row.reason,
      correctedOn: row.corrected_on,
      before: {
        tally: {
          for: row.before_for,
          against: row.before_against,
          abstain: row.before_abstain,
          block: row.before_block,
        },
        result: row.before_result as VoteResult,
      },
      afterResult: row.after_result as VoteResult | null,
      recordedAt: row.recorded_at,
    });
    byVote.set(row.vote_id, list);
  }
  return byVote;
}

/** Votes of one meeting or one recommendation (its amendments included), in the order they were taken. */
export async function listVotes(
  db: Executor,
  where: { meetingId?: number; recommendationId?: number; voteId?: number },
): Promise<Vote[]> {
  let query = db
    .selectFrom('votes')
    .innerJoin('meetings', 'meetings.id', 'votes.meeting_id')
    .leftJoin('recommendations', 'recommendations.id', 'votes.recommendation_id')
    .leftJoin('recommendation_versions as version', (join) =>
      join
        .onRef('version.recommendation_id', '=', 'votes.recommendation_id')
        .onRef('version.number', '=', 'votes.text_version'),
    )
    .leftJoin('minutes as approved', 'approved.id', 'votes.minutes_id')
    .leftJoin('meetings as minuted', 'minuted.id', 'approved.meeting_id')
    .leftJoin('members as mover', 'mover.id', 'votes.mover_member_id')
    .leftJoin('members as seconder', 'seconder.id', 'votes.seconder_member_id')
    .selectAll('votes')
    .select([
      'meetings.title as meeting_title',
      'meetings.held_on as meeting_held_on',
      'recommendations.title as recommendation_title',
      'version.text as version_text',
      'minuted.title as minuted_title',
      'minuted.held_on as minuted_held_on',
      'mover.display_name as mover_display_name',
      'mover.alias as mover_alias',
      'mover.category as mover_category',
      'mover.may_be_named as mover_may_be_named',
      'mover.withdrawn_at as mover_withdrawn_at',
      'seconder.display_name as seconder_display_name',
      'seconder.alias as seconder_alias',
      'seconder.category as seconder_category',
      'seconder.may_be_named as seconder_may_be_named',
      'seconder.withdrawn_at as seconder_withdrawn_at',
    ]);
  if (where.meetingId !== undefined) query = query.where('votes.meeting_id', '=', where.meetingId);
  if (where.recommendationId !== undefined) query = query.where('votes.recommendation_id', '=', where.recommendationId);
  if (where.voteId !== undefined) query = query.where('votes.id', '=', where.voteId);
  const rows = await query.orderBy('meetings.held_on').orderBy('votes.id').execute();
  const ids = rows.map((row) => row.id);
  const [ballots, categoryTallies, corrections] = await Promise.all([
    ballotsByVote(db, ids),
    categoryTalliesByVote(db, ids),
    correctionsByVote(db, ids),
  ]);
  return rows.map((row) => {
    const voteCorrections = corrections.get(row.id) ?? [];
    const voiding = voteCorrections.find((correction) => correction.kind === 'voided');
    return {
      id: row.id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      meetingHeldOn: row.meeting_held_on,
      motion: {
        kind: row.motion_kind,
        procedure: row.procedure,
        recommendationId: row.recommendation_id,
        recommendationTitle: row.recommendation_title,
        textVersion: row.text_version,
        text: row.motion_kind === 'recommendation' ? row.version_text : row.motion_text,
        title: row.motion_title,
        minutesId: row.minutes_id,
        minutesOf:
          row.minuted_title !== null && row.minuted_held_on !== null
            ? { meetingTitle: row.minuted_title, heldOn: row.minuted_held_on }
            : null,
      },
      mover: sponsor({
        id: row.mover_member_id,
        display_name: row.mover_display_name,
        alias: row.mover_alias,
        category: row.mover_category,
        may_be_named: row.mover_may_be_named,
        withdrawn_at: row.mover_withdrawn_at,
      }),
      seconder: sponsor({
        id: row.seconder_member_id,
        display_name: row.seconder_display_name,
        alias: row.seconder_alias,
        category: row.seconder_category,
        may_be_named: row.seconder_may_be_named,
        withdrawn_at: row.seconder_withdrawn_at,
      }),
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
      voided:
        row.voided_at !== null
          ? { on: voiding?.correctedOn ?? row.voided_at.slice(0, 10), reason: row.void_reason ?? '' }
          : null,
      corrections: voteCorrections,
    };
  });
}

export async function findVote(db: Executor, voteId: number): Promise<Vote | undefined> {
  const [vote] = await listVotes(db, { voteId });
  return vote;
}
