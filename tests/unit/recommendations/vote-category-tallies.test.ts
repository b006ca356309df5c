import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { categoryTalliesFromBallots, categoryTallyIssues } from '../../../shared/domain/vote-category-tallies';
import { tallyFromBallots, type BallotChoice } from '../../../shared/domain/vote-rules';
import { stakeholderCategories, type StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { liveOutcome, type VoteEntry } from '../../../shared/domain/vote-live-outcome';

const present = new Map<StakeholderCategory, number>([
  ['current_migrant_worker', 3],
  ['union', 2],
]);
const total = { for: 4, against: 1, abstain: 0, block: 0 };

describe('tallies by stakeholder category', () => {
  it('accepts a breakdown that fits the room and the total', () => {
    const breakdown = [
      { category: 'current_migrant_worker' as const, tally: { for: 3, against: 0, abstain: 0, block: 0 } },
      { category: 'union' as const, tally: { for: 1, against: 1, abstain: 0, block: 0 } },
    ];
    expect(categoryTallyIssues('simple_majority', total, breakdown, present)).toEqual([]);
  });

  it('refuses a category counting more than its members present, or one nobody from came', () => {
    const issues = categoryTallyIssues(
      'simple_majority',
      { for: 9, against: 0, abstain: 0, block: 0 },
      [
        { category: 'union', tally: { for: 3, against: 0, abstain: 0, block: 0 } },
        { category: 'employer', tally: { for: 1, against: 0, abstain: 0, block: 0 } },
      ],
      present,
    );
    expect(issues).toEqual([
      {
        path: '0',
        message: 'union counts 3 members but only 2 are present',
        reason: 'vote.categoryOverCounted',
        params: { counted: 3, count: 2, category: 'union' },
      },
      {
        path: '1',
        message: 'employer counts 1 members but only 0 are present',
        reason: 'vote.categoryOverCounted',
        params: { counted: 1, count: 0, category: 'employer' },
      },
    ]);
  });

  it('refuses a breakdown adding up to more than the tally in any column', () => {
    const issues = categoryTallyIssues(
      'simple_majority',
      total,
      [
        { category: 'current_migrant_worker', tally: { for: 0, against: 1, abstain: 0, block: 0 } },
        { category: 'union', tally: { for: 0, against: 1, abstain: 0, block: 0 } },
      ],
      present,
    );
    expect(issues).toEqual([
      {
        path: '',
        message: 'count 2 against across categories, more than the 1 in the tally',
        reason: 'vote.categoriesOverTally',
        params: { column: 'against', sum: 2, total: 1 },
      },
    ]);
  });

  it('property: the roll call breakdown always adds up to the roll call tally and fits the room', () => {
    const ballot = fc.record({
      category: fc.constantFrom(...stakeholderCategories),
      choice: fc.constantFrom<BallotChoice>('for', 'against', 'abstain', 'block', 'not_voting'),
    });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 200 }), (ballots) => {
        const tally = tallyFromBallots(ballots.map((entry) => entry.choice));
        const breakdown = categoryTalliesFromBallots(ballots);
        const room = new Map<StakeholderCategory, number>();
        for (const entry of ballots) room.set(entry.category, (room.get(entry.category) ?? 0) + 1);
        expect(categoryTallyIssues('consensus', tally, breakdown, room)).toEqual([]);
        for (const column of ['for', 'against', 'abstain', 'block'] as const) {
          expect(breakdown.reduce((sum, entry) => sum + entry.tally[column], 0)).toBe(tally[column]);
        }
      }),
    );
  });
});

describe('the live outcome on the vote form', () => {
  const room = { present: 9, presentByCategory: new Map<StakeholderCategory, number>([['union', 9]]), quorumMet: true };
  const entry = (changes: Partial<VoteEntry>): VoteEntry => ({
    method: 'show_of_hands',
    rule: 'two_thirds',
    tally: { for: 0, against: 0, abstain: 0, block: 0 },
    rollCallAnswers: [],
    categoryTallies: [],
    ...changes,
  });

  it('shows two thirds of 9 as 6', () => {
    const outcome = liveOutcome(entry({ tally: { for: 6, against: 3, abstain: 0, block: 0 } }), room);
    expect(outcome.decision).toEqual({ result: 'carried', votesCast: 9, votesNeeded: 6 });
  });

  it('flags what the ledger would refuse before it is sent, and decides nothing meanwhile', () => {
    const tooMany = liveOutcome(entry({ tally: { for: 6, against: 4, abstain: 0, block: 0 } }), room);
    expect(tooMany.issues).toEqual([
      { path: '', message: 'counts 10 members but only 9 are present', reason: 'vote.overCounted', params: { counted: 10, count: 9 } },
    ]);
    expect(tooMany.decision).toBeNull();
    expect(liveOutcome(entry({ tally: { for: 2.5, against: 0, abstain: 0, block: 0 } }), room).issues[0]?.path).toBe(
      'for',
    );
    expect(liveOutcome(entry({ method: 'consensus' }), room).issues[0]?.path).toBe('rule');
  });

  it('counts a roll call from the answers', () => {
    const answers: BallotChoice[] = ['for', 'for', 'against', 'not_voting'];
    const outcome = liveOutcome(
      entry({ method: 'roll_call', rule: 'simple_majority', rollCallAnswers: answers }),
      room,
    );
    expect(outcome.tally).toEqual({ for: 2, against: 1, abstain: 0, block: 0 });
    expect(outcome.decision?.result).toBe('carried');
  });

  it('says no quorum rather than a result when the room is not quorate', () => {
    const outcome = liveOutcome(entry({ tally: { for: 9, against: 0, abstain: 0, block: 0 } }), {
      ...room,
      quorumMet: false,
    });
    expect(outcome.decision?.result).toBe('no_quorum');
  });
});
