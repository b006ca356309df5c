import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import { notFound } from '../../domain-error';
import type { Executor } from '../database';
import { findRecommendation } from './recommendation-repository';
import { listEvents, listFollowUps } from './recommendation-trail-repository';
import { listVotes } from '../votes/vote-reads';
import { listVersions } from './recommendation-versions';

/** Everything the recommendation page shows: the record, its follow-up and its whole trail. */
export async function loadRecommendationDetail(db: Executor, id: number): Promise<RecommendationDetail> {
  const recommendation = await findRecommendation(db, id);
  if (!recommendation) throw notFound('recommendation', id);
  const [followUps, events, votes, versions] = await Promise.all([
    listFollowUps(db, id),
    listEvents(db, id),
    listVotes(db, { recommendationId: id }),
    listVersions(db, id),
  ]);
  return { recommendation, followUps, events, votes, versions };
}
