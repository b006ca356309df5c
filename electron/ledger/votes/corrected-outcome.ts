import type { Transaction } from 'kysely';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Recommendation } from '../../../shared/domain/recommendation';
import type { VoteResult } from '../../../shared/domain/vote-rules';
import { DomainError } from '../../domain-error';
import type { AuditTrail } from '../audit/audit-log';
import type { Database, Executor } from '../database';
import { approveMinutesIn, withdrawVoteApprovalIn } from '../meetings/minutes-approval';
import { findMinutesRow } from '../meetings/minutes-repository';
import {
  followUpRefusal,
  moveRecommendationAfterCorrection,
} from '../recommendations/recommendation-status-by-correction';
import { requireRecommendation } from '../recommendations/recommendation-service';
import { setTextByVote } from '../recommendations/recommendation-text-by-vote';
import { latestVersionNumber, versionText } from '../recommendations/recommendation-versions';
import { agendaAlreadyAdopted } from './motion-checks';
import { agendaAdoptedBy, laterVotesOn } from './vote-repository';
import type { VoteRow } from './votes-table';

export interface CorrectedOutcome {
  vote: VoteRow;
  /** The result after the correction; null when the vote is voided and decides nothing. */
  result: VoteResult | null;
  meeting: Meeting;
  note: string;
  correctedOn: string;
  today: string;
  at: string;
}

const carried = (result: string | null) => result === 'carried';

function movedOn(recommendation: Recommendation): DomainError {
  const problem = { reason: 'vote.recommendationMovedOn', params: { status: recommendation.status } } as const;
  return new DomainError(
    'illegal_transition',
    `The recommendation has moved on since this vote (it is now ${recommendation.status}), so the vote's result cannot change.`,
    [],
    problem,
  );
}

/** A later vote on the same recommendation rested on this one's result: that one is corrected first. */
async function refuseIfVotedSince(db: Executor, vote: VoteRow, recommendation: Recommendation): Promise<void> {
  const later = await laterVotesOn(db, recommendation.id, vote.id);
  if (later.length === 0) return;
  const problem = { reason: 'vote.laterVote', params: { title: recommendation.title } } as const;
  throw new DomainError(
    'illegal_transition',
    `A later vote on "${recommendation.title}" rests on this one's result: correct or void that vote first.`,
    [],
    problem,
  );
}

async function recommendationAfter(trx: Transaction<Database>, audit: AuditTrail, change: CorrectedOutcome) {
  const { vote } = change;
  const recommendation = await requireRecommendation(trx, vote.recommendation_id ?? 0);
  // Without quorum the vote moved nothing, so voiding it moves nothing either.
  if (vote.result === 'no_quorum') return recommendation;
  await refuseIfVotedSince(trx, vote, recommendation);
  const expected = vote.result === 'carried' ? 'adopted' : 'rejected';
  if (recommendation.status !== expected) throw movedOn(recommendation);
  if (vote.result === 'carried') {
    const refusal = await followUpRefusal(trx, recommendation.id);
    if (refusal) throw refusal;
  }
  return moveRecommendationAfterCorrection(
    trx,
    audit,
    {
      recommendationId: recommendation.id,
      voteId: vote.id,
      meeting: change.meeting,
      result: change.result,
      note: change.note,
      correctedOn: change.correctedOn,
    },
    change.at,
  );
}

/** An amendment's words stand only while its vote carries: a correction makes or restores a version. */
async function amendmentAfter(trx: Transaction<Database>, audit: AuditTrail, change: CorrectedOutcome) {
  const { vote } = change;
  const recommendation = await requireRecommendation(trx, vote.recommendation_id ?? 0);
  await refuseIfVotedSince(trx, vote, recommendation);
  if (recommendation.status !== 'tabled' && recommendation.status !== 'deferred') throw movedOn(recommendation);
  const amendedVersion = vote.text_version ?? 1;
  const latest = await latestVersionNumber(trx, recommendation.id);
  const base = { recommendationId: recommendation.id, voteId: vote.id, madeOn: change.correctedOn };
  if (carried(vote.result)) {
    // The version this amendment made is the latest, or something else changed the words since.
    if (latest !== amendedVersion + 1) throw movedOn(recommendation);
    const text = (await versionText(trx, recommendation.id, amendedVersion)) ?? recommendation.text;
    return setTextByVote(trx, audit, { ...base, text, source: 'restored' }, change.at);
  }
  if (latest !== amendedVersion) throw movedOn(recommendation);
  return setTextByVote(
    trx,
    audit,
    { ...base, text: vote.motion_text ?? recommendation.text, source: 'amended' },
    change.at,
  );
}

async function approvalAfter(trx: Transaction<Database>, audit: AuditTrail, change: CorrectedOutcome): Promise<void> {
  const { vote } = change;
  const minutesId = vote.minutes_id ?? 0;
  if (!carried(vote.result)) {
    const request = {
      minutesId,
      approvedAtMeetingId: change.meeting.id,
      today: change.today,
      at: change.at,
      voteId: vote.id,
    };
    await approveMinutesIn(trx, audit, request, 'voteId');
    return;
  }
  const minutes = await findMinutesRow(trx, minutesId);
  if (minutes?.approved_by_vote_id !== vote.id) return;
  const amendment = await trx
    .selectFrom('minutes_amendments')
    .select('id')
    .where('minutes_id', '=', minutesId)
    .executeTakeFirst();
  if (amendment) {
    throw new DomainError(
      'illegal_transition',
      'The minutes this vote approved have been amended since, so the approval cannot be undone.',
      [],
      { reason: 'vote.minutesAmended' },
    );
  }
  await withdrawVoteApprovalIn(trx, audit, minutesId, change.at);
}

/**
 * What a corrected or voided vote changes beyond itself, checked and applied in the correction's
 * transaction. Only a change between carried and not carried matters: a tally fixed without changing
 * the result leaves the recommendation, its words and the minutes as they are.
 */
export async function applyCorrectedOutcome(
  trx: Transaction<Database>,
  audit: AuditTrail,
  change: CorrectedOutcome,
): Promise<Recommendation | null> {
  const { vote } = change;
  const unchanged = change.result === vote.result;
  switch (vote.motion_kind) {
    case 'recommendation':
      if (unchanged) return requireRecommendation(trx, vote.recommendation_id ?? 0);
      return recommendationAfter(trx, audit, change);
    case 'amendment':
      if (carried(change.result) === carried(vote.result))
        return requireRecommendation(trx, vote.recommendation_id ?? 0);
      return amendmentAfter(trx, audit, change);
    case 'procedural':
      if (carried(change.result) === carried(vote.result)) return null;
      if (vote.procedure === 'approve_minutes') await approvalAfter(trx, audit, change);
      else if (carried(change.result) && (await agendaAdoptedBy(trx, vote.meeting_id, vote.id))) {
        throw agendaAlreadyAdopted(change.meeting);
      }
      return null;
    case 'floor':
      return null;
  }
}
