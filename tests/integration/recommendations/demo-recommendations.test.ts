import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { Envelope } from '../../../shared/errors';
import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import type { RecommendationSummary } from '../../../shared/domain/recommendation';
import type { Vote } from '../../../shared/domain/vote';

function data<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as T;
}

describe('demo network recommendations', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-25T17:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('show one adopted by vote and answered, one deferred to the next plenary, one draft', async () => {
    data(await temp.dispatch('ledger.loadDemo', {}));
    const list = data<{ items: RecommendationSummary[] }>(await temp.dispatch('recommendations.list', {}));
    expect(list.items.map((item) => [item.title, item.status])).toEqual([
      ['Know-your-rights cards in six languages', 'draft'],
      ['Core funding for interpretation at worker forums', 'deferred'],
      ['Unannounced inspections of employer-provided housing', 'adopted'],
    ]);
    const adopted = list.items[2] as RecommendationSummary;
    expect(adopted.workingGroupName).toBe('Policy working group');
    expect(adopted.workingGroupId).not.toBeNull();
    const detail = data<RecommendationDetail>(await temp.dispatch('recommendations.get', { id: adopted.id }));
    expect(detail.votes).toHaveLength(1);
    expect(detail.votes[0]).toMatchObject({ method: 'show_of_hands', result: 'carried', quorumMet: true });
    expect(detail.followUps[0]?.response).toContain('inspection pilot');
    expect(detail.recommendation.implementationStatus).toBe('in_progress');
    const heldPlenary = detail.votes[0]?.meetingId as number;
    const atMeeting = data<Vote[]>(await temp.dispatch('votes.listForMeeting', { meetingId: heldPlenary }));
    expect(atMeeting.map((vote) => vote.motion.recommendationTitle)).toEqual([
      'Unannounced inspections of employer-provided housing',
    ]);
  });
});
