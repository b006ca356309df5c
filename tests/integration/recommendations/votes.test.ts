import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { Envelope } from '../../../shared/errors';
import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import type { VoteSetup } from '../../../shared/contract/votes';
import type { Recommendation } from '../../../shared/domain/recommendation';
import type { Vote, VoteDraftInput } from '../../../shared/domain/vote';
import { voteMinutesText } from '../../../shared/domain/vote-minutes';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { addMeeting, addMembers, markPresent, recommendationInput } from './recommendation-fixtures';

let temp: TempLedger;
let plenary: number;
let members: number[];
let recommendationId: number;

function data<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as T;
}

const categories: StakeholderCategory[] = [
  'current_migrant_worker',
  'current_migrant_worker',
  'current_migrant_worker',
  'union',
  'union',
  'employer',
  'settlement_agency',
  'government_bc',
  'academic_legal',
];

beforeEach(async () => {
  temp = await openTempLedger();
  plenary = await addMeeting(temp.ledger, { title: 'Winter plenary', heldOn: '2026-12-05' });
  members = await addMembers(temp.ledger, categories);
  const created = data<RecommendationDetail>(
    await temp.dispatch('recommendations.create', { recommendation: recommendationInput() }),
  );
  recommendationId = created.recommendation.id;
  data(
    await temp.dispatch('recommendations.changeStatus', {
      id: recommendationId,
      change: { to: 'tabled', on: '2026-11-20', meetingId: plenary },
    }),
  );
});
afterEach(async () => {
  await temp.close();
});

function showOfHands(overrides: Partial<VoteDraftInput> = {}): { vote: VoteDraftInput } {
  return {
    vote: {
      meetingId: plenary,
      motion: { kind: 'recommendation', recommendationId },
      moverMemberId: members[0] as number,
      seconderMemberId: members[1] as number,
      method: 'show_of_hands',
      rule: 'simple_majority',
      tally: { for: 5, against: 3, abstain: 1, block: 0 },
      ...overrides,
    },
  };
}

function sponsored() {
  return {
    motion: { kind: 'recommendation' as const, recommendationId },
    moverMemberId: members[0] as number,
    seconderMemberId: members[1] as number,
  };
}

async function voteCount(): Promise<number> {
  const { n } = await temp.ledger.db
    .selectFrom('votes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

describe('votes', () => {
  it('a show of hands with quorum adopts the recommendation and shows in the minutes', async () => {
    await markPresent(temp.ledger, plenary, members);
    const { vote, recommendation } = data<{ vote: Vote; recommendation: Recommendation }>(
      await temp.dispatch('votes.record', showOfHands()),
    );
    expect(vote).toMatchObject({
      result: 'carried',
      votesCast: 8,
      votesNeeded: 5,
      membersPresent: 9,
      votingMembers: 9,
      quorumRequired: 3,
      quorumMet: true,
    });
    expect(recommendation).toMatchObject({
      status: 'adopted',
      statusOn: '2026-12-05',
      statusMeetingId: plenary,
      implementationStatus: 'not_started',
    });

    const detail = data<RecommendationDetail>(await temp.dispatch('recommendations.get', { id: recommendationId }));
    expect(detail.events.at(-1)).toMatchObject({ toValue: 'adopted', voteId: vote.id, meetingId: plenary });
    expect(detail.votes.map((entry) => entry.id)).toEqual([vote.id]);

    const atMeeting = data<Vote[]>(await temp.dispatch('votes.listForMeeting', { meetingId: plenary }));
    expect(atMeeting.map((entry) => entry.id)).toEqual([vote.id]);
    const minutes = voteMinutesText(atMeeting[0] as Vote);
    expect(minutes).toContain('show of hands, simple majority of votes cast');
    expect(minutes).toContain('9 of 9 voting members present (quorum 3)');
    expect(minutes).toContain('For 5, against 3, abstaining 1.');
    expect(minutes).toContain('Carried: the recommendation is adopted. (5 needed of 8 cast.)');
  });

  it('a tie fails a simple majority and rejects the recommendation', async () => {
    await markPresent(temp.ledger, plenary, members);
    const { vote, recommendation } = data<{ vote: Vote; recommendation: Recommendation }>(
      await temp.dispatch('votes.record', showOfHands({ tally: { for: 4, against: 4, abstain: 1, block: 0 } })),
    );
    expect(vote.result).toBe('defeated');
    expect(recommendation.status).toBe('rejected');
  });

  it('two thirds of 9 votes cast is 6', async () => {
    await markPresent(temp.ledger, plenary, members);
    const { vote } = data<{ vote: Vote }>(
      await temp.dispatch(
        'votes.record',
        showOfHands({ rule: 'two_thirds', tally: { for: 6, against: 3, abstain: 0, block: 0 } }),
      ),
    );
    expect(vote).toMatchObject({ result: 'carried', votesNeeded: 6 });
  });

  it('without quorum the vote is recorded as such and decides nothing', async () => {
    await markPresent(temp.ledger, plenary, members.slice(0, 2));
    const { vote, recommendation } = data<{ vote: Vote; recommendation: Recommendation }>(
      await temp.dispatch('votes.record', showOfHands({ tally: { for: 2, against: 0, abstain: 0, block: 0 } })),
    );
    expect(vote).toMatchObject({ result: 'no_quorum', membersPresent: 2, quorumRequired: 3, quorumMet: false });
    expect(recommendation.status).toBe('tabled');
    expect(voteMinutesText(vote)).toContain('Quorum of 3 not met: the vote decides nothing.');
  });

  it('refuses tallies counting more members than are present, and writes nothing', async () => {
    await markPresent(temp.ledger, plenary, members.slice(0, 8));
    const result = await temp.dispatch(
      'votes.record',
      showOfHands({ tally: { for: 5, against: 3, abstain: 1, block: 0 } }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'vote.tally', message: 'counts 9 members but only 8 are present' }],
      },
    });
    expect(await voteCount()).toBe(0);
    expect(
      data<RecommendationDetail>(await temp.dispatch('recommendations.get', { id: recommendationId })).recommendation
        .status,
    ).toBe('tabled');
  });

  it('refuses a vote on a draft that was never tabled', async () => {
    await markPresent(temp.ledger, plenary, members);
    const draft = data<RecommendationDetail>(
      await temp.dispatch('recommendations.create', { recommendation: recommendationInput({ title: 'Another' }) }),
    );
    const result = await temp.dispatch('votes.record', showOfHands({ motion: { kind: 'recommendation', recommendationId: draft.recommendation.id } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    expect(await voteCount()).toBe(0);
  });

  it('a roll call derives its tallies and category tallies from each present member, by alias for workers', async () => {
    await markPresent(temp.ledger, plenary, members.slice(0, 5));
    const choices = ['for', 'for', 'against', 'abstain', 'for'] as const;
    const ballots = members.slice(0, 5).map((memberId, index) => ({ memberId, choice: choices[index] ?? 'for' }));
    const { vote } = data<{ vote: Vote }>(
      await temp.dispatch('votes.record', {
        vote: { meetingId: plenary, ...sponsored(), method: 'roll_call', rule: 'simple_majority', ballots },
      }),
    );
    expect(vote.tally).toEqual({ for: 3, against: 1, abstain: 1, block: 0 });
    expect(vote.result).toBe('carried');
    expect(vote.categoryTallies).toEqual([
      { category: 'current_migrant_worker', tally: { for: 2, against: 1, abstain: 0, block: 0 } },
      { category: 'union', tally: { for: 1, against: 0, abstain: 1, block: 0 } },
    ]);
    expect(vote.ballots[0]).toMatchObject({ name: 'Worker 1', isAlias: true, choice: 'for' });
    expect(voteMinutesText(vote)).toContain(
      'Roll call. For: Worker 1, Worker 2, Member 5. Against: Worker 3. Abstaining: Member 4.',
    );
  });

  it('a roll call needs every present member and nobody else', async () => {
    await markPresent(temp.ledger, plenary, members.slice(0, 3));
    const missing = await temp.dispatch('votes.record', {
      vote: {
        meetingId: plenary,
        ...sponsored(),
        method: 'roll_call',
        rule: 'simple_majority',
        ballots: [{ memberId: members[0] as number, choice: 'for' }],
      },
    });
    expect(missing.ok === false && missing.error.issues?.[0]?.message).toBe(
      'need an answer from every member present; missing: Worker 2, Worker 3',
    );
    const stranger = await temp.dispatch('votes.record', {
      vote: {
        meetingId: plenary,
        ...sponsored(),
        method: 'roll_call',
        rule: 'simple_majority',
        ballots: members.slice(0, 4).map((memberId) => ({ memberId, choice: 'for' as const })),
      },
    });
    expect(stranger.ok === false && stranger.error.issues?.[0]?.message).toBe(
      `include members not marked present: ${members[3]}`,
    );
  });

  it('consensus passes unless a member blocks', async () => {
    await markPresent(temp.ledger, plenary, members);
    const { vote, recommendation } = data<{ vote: Vote; recommendation: Recommendation }>(
      await temp.dispatch(
        'votes.record',
        showOfHands({ method: 'consensus', rule: 'consensus', tally: { for: 8, against: 0, abstain: 0, block: 1 } }),
      ),
    );
    expect(vote.result).toBe('defeated');
    expect(recommendation.status).toBe('rejected');
  });

  it('checks category tallies against who is present in each category', async () => {
    await markPresent(temp.ledger, plenary, members);
    const tooMany = await temp.dispatch(
      'votes.record',
      showOfHands({ categoryTallies: [{ category: 'employer', tally: { for: 2, against: 0, abstain: 0, block: 0 } }] }),
    );
    expect(tooMany.ok === false && tooMany.error.issues?.[0]).toEqual({
      path: 'vote.categoryTallies.0',
      message: 'employer counts 2 members but only 1 is present',
      reason: 'vote.categoryOverCounted',
      params: { category: 'employer', counted: 2, count: 1 },
    });
    const { vote } = data<{ vote: Vote }>(
      await temp.dispatch(
        'votes.record',
        showOfHands({
          categoryTallies: [
            { category: 'current_migrant_worker', tally: { for: 3, against: 0, abstain: 0, block: 0 } },
          ],
        }),
      ),
    );
    expect(vote.categoryTallies).toEqual([
      { category: 'current_migrant_worker', tally: { for: 3, against: 0, abstain: 0, block: 0 } },
    ]);
  });

  it('gives the vote form the attendance, quorum and recommendations up for decision', async () => {
    await markPresent(temp.ledger, plenary, members.slice(0, 4));
    const setup = data<VoteSetup>(await temp.dispatch('votes.setup', { meetingId: plenary }));
    expect(setup.quorum).toMatchObject({ present: 4, required: 3, met: true, votingMembers: 9 });
    expect(setup.present.map((entry) => entry.name)).toEqual(['Worker 1', 'Worker 2', 'Worker 3', 'Member 4']);
    expect(setup.presentByCategory).toEqual([
      { category: 'current_migrant_worker', count: 3 },
      { category: 'union', count: 1 },
    ]);
    expect(setup.recommendations.map((entry) => entry.id)).toEqual([recommendationId]);
  });

  it('only a plenary votes on recommendations', async () => {
    const forum = await addMeeting(temp.ledger, { kind: 'workers_forum', title: 'Forum' });
    const result = await temp.dispatch('votes.record', showOfHands({ meetingId: forum }));
    expect(result.ok === false && result.error.issues?.[0]?.path).toBe('vote.meetingId');
  });
});
