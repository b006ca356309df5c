import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decide,
  decisionRules,
  tallyFromBallots,
  tallyIssues,
  methodRuleIssue,
  votesNeededToCarry,
  type BallotChoice,
  type DecisionRule,
  type VoteTally,
} from '../../../shared/domain/vote-rules';

/**
 * The independent formulation the property tests compare against, written the way a chair
 * would say it, with no fractions: a simple majority has more for than against; two thirds
 * has at least twice as many for as against (f >= 2a  <=>  f >= 2/3 of f + a); consensus has no block.
 */
function chairSays(rule: DecisionRule, tally: VoteTally): boolean {
  if (rule === 'simple_majority') return tally.for > tally.against;
  if (rule === 'two_thirds') return tally.for >= 1 && tally.for >= tally.against + tally.against;
  return tally.block === 0;
}

const tallyArbitrary = fc.record({
  for: fc.nat(400),
  against: fc.nat(400),
  abstain: fc.nat(400),
  block: fc.nat(20),
});
const ruleArbitrary = fc.constantFrom(...decisionRules);

describe('decision rules', () => {
  it('two thirds of 9 votes cast is 6', () => {
    expect(votesNeededToCarry('two_thirds', 9)).toBe(6);
    expect(
      decide({ rule: 'two_thirds', tally: { for: 6, against: 3, abstain: 0, block: 0 }, quorumMet: true }).result,
    ).toBe('carried');
    expect(
      decide({ rule: 'two_thirds', tally: { for: 5, against: 4, abstain: 0, block: 0 }, quorumMet: true }).result,
    ).toBe('defeated');
  });

  it('a tie fails a simple majority', () => {
    const decision = decide({
      rule: 'simple_majority',
      tally: { for: 7, against: 7, abstain: 3, block: 0 },
      quorumMet: true,
    });
    expect(decision).toEqual({ result: 'defeated', votesCast: 14, votesNeeded: 8 });
  });

  it('abstentions are not votes cast', () => {
    const decision = decide({
      rule: 'simple_majority',
      tally: { for: 2, against: 1, abstain: 40, block: 0 },
      quorumMet: true,
    });
    expect(decision.result).toBe('carried');
    expect(decision.votesCast).toBe(3);
  });

  it('nothing carries when no vote is cast, except an unblocked consensus', () => {
    const none = { for: 0, against: 0, abstain: 5, block: 0 };
    expect(decide({ rule: 'simple_majority', tally: none, quorumMet: true }).result).toBe('defeated');
    expect(decide({ rule: 'two_thirds', tally: none, quorumMet: true }).result).toBe('defeated');
    expect(decide({ rule: 'consensus', tally: none, quorumMet: true }).result).toBe('carried');
  });

  it('one block stops a consensus however many agree', () => {
    expect(
      decide({ rule: 'consensus', tally: { for: 80, against: 0, abstain: 0, block: 1 }, quorumMet: true }).result,
    ).toBe('defeated');
  });

  it('property: every rule agrees with the plain formulation a chair would use', () => {
    fc.assert(
      fc.property(ruleArbitrary, tallyArbitrary, (rule, tally) => {
        const expected = chairSays(rule, tally) ? 'carried' : 'defeated';
        expect(decide({ rule, tally, quorumMet: true }).result).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: without quorum a vote decides nothing, whatever the tallies', () => {
    fc.assert(
      fc.property(ruleArbitrary, tallyArbitrary, (rule, tally) => {
        expect(decide({ rule, tally, quorumMet: false }).result).toBe('no_quorum');
      }),
    );
  });

  it('property: the votes needed is the smallest number for, found by counting up, that carries', () => {
    fc.assert(
      fc.property(fc.constantFrom<DecisionRule>('simple_majority', 'two_thirds'), fc.nat(600), (rule, cast) => {
        let smallest = -1;
        for (let forVotes = 0; forVotes <= cast && smallest < 0; forVotes += 1) {
          if (chairSays(rule, { for: forVotes, against: cast - forVotes, abstain: 0, block: 0 })) smallest = forVotes;
        }
        const needed = votesNeededToCarry(rule, cast);
        if (smallest < 0) expect(needed).toBeGreaterThan(cast);
        else expect(needed).toBe(smallest);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: adding a vote for never turns a carried motion into a defeated one', () => {
    fc.assert(
      fc.property(fc.constantFrom<DecisionRule>('simple_majority', 'two_thirds'), tallyArbitrary, (rule, tally) => {
        const before = decide({ rule, tally, quorumMet: true }).result;
        const after = decide({ rule, tally: { ...tally, for: tally.for + 1 }, quorumMet: true }).result;
        if (before === 'carried') expect(after).toBe('carried');
      }),
    );
  });
});

describe('tally validation', () => {
  it('refuses tallies counting more members than are present', () => {
    const issues = tallyIssues('simple_majority', { for: 5, against: 4, abstain: 2, block: 0 }, 10);
    expect(issues).toEqual([
      { path: '', message: 'counts 11 members but only 10 are present', reason: 'vote.overCounted', params: { counted: 11, count: 10 } },
    ]);
  });

  it('refuses blocks outside consensus and negative or fractional counts', () => {
    expect(tallyIssues('two_thirds', { for: 1, against: 0, abstain: 0, block: 1 }, 10)[0]?.path).toBe('block');
    expect(tallyIssues('consensus', { for: -1, against: 0, abstain: 0, block: 0 }, 10)[0]?.path).toBe('for');
    expect(tallyIssues('consensus', { for: 1.5, against: 0, abstain: 0, block: 0 }, 10)[0]?.path).toBe('for');
  });

  it('property: a tally is accepted exactly when its members fit in the room', () => {
    fc.assert(
      fc.property(tallyArbitrary, fc.nat(1500), (tally, present) => {
        const total = tally.for + tally.against + tally.abstain + tally.block;
        expect(tallyIssues('consensus', tally, present).length === 0).toBe(total <= present);
      }),
    );
  });

  it('a consensus method must use the consensus rule', () => {
    expect(methodRuleIssue('consensus', 'simple_majority')?.path).toBe('rule');
    expect(methodRuleIssue('roll_call', 'two_thirds')).toBeNull();
  });
});

describe('roll call', () => {
  it('property: the tallies follow from the answer of each present member', () => {
    const choice = fc.constantFrom<BallotChoice>('for', 'against', 'abstain', 'block', 'not_voting');
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 300 }), (choices) => {
        const tally = tallyFromBallots(choices);
        expect(tally.for).toBe(choices.filter((c) => c === 'for').length);
        expect(tally.against).toBe(choices.filter((c) => c === 'against').length);
        expect(tally.abstain).toBe(choices.filter((c) => c === 'abstain').length);
        expect(tally.block).toBe(choices.filter((c) => c === 'block').length);
        expect(tallyIssues('consensus', tally, choices.length)).toEqual([]);
      }),
    );
  });
});
