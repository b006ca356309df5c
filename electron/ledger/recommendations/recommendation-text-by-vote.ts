import type { Transaction } from 'kysely';
import type { Recommendation } from '../../../shared/domain/recommendation';
import { diffFields, type AuditTrail } from '../audit/audit-log';
import type { Database } from '../database';
import { updateRecommendationText } from './recommendation-repository';
import { requireRecommendation } from './recommendation-service';
import { appendVersion } from './recommendation-versions';

/**
 * A vote changes a recommendation's words: an amendment carried ("amended"), or a correction that
 * undoes one ("restored"). Either way the text becomes a new version, so no wording is ever lost.
 */
export async function setTextByVote(
  trx: Transaction<Database>,
  audit: AuditTrail,
  change: { recommendationId: number; text: string; source: 'amended' | 'restored'; voteId: number; madeOn: string },
  at: string,
): Promise<Recommendation> {
  const before = await requireRecommendation(trx, change.recommendationId);
  const number = await appendVersion(
    trx,
    {
      recommendationId: change.recommendationId,
      text: change.text,
      source: change.source,
      voteId: change.voteId,
      madeOn: change.madeOn,
    },
    at,
  );
  await updateRecommendationText(trx, change.recommendationId, change.text, at);
  audit.record({
    entityType: 'recommendation',
    entityId: change.recommendationId,
    changes: diffFields({ text: before.text }, { text: change.text, version: number, byVote: change.voteId }),
  });
  return requireRecommendation(trx, change.recommendationId);
}
