import { describe, expect, it } from 'vitest';
import {
  canMove,
  checkStatusChange,
  editProblem,
  followUpProblem,
  implementationProblem,
  statusAfterVote,
  voteProblem,
} from '../../../shared/domain/recommendation-lifecycle';
import { recommendationStatuses, type StatusChange } from '../../../shared/domain/recommendation';
import { quarterDateRange, quarterKeySchema, quarterKeysOf } from '../../../shared/domain/quarter-range';

const change = (fields: Partial<StatusChange>): StatusChange => ({
  to: 'tabled',
  on: '2026-11-20',
  meetingId: 3,
  deferredToMeetingId: null,
  note: null,
  ...fields,
});

describe('recommendation lifecycle', () => {
  it('follows the path draft, tabled, adopted', () => {
    expect(checkStatusChange({ from: 'draft', lastChangedOn: '2026-10-01' }, change({ to: 'tabled' }))).toEqual([]);
    expect(checkStatusChange({ from: 'tabled', lastChangedOn: '2026-10-01' }, change({ to: 'adopted' }))).toEqual([]);
  });

  it('refuses to adopt a draft that was never tabled, saying what it can become', () => {
    const [problem] = checkStatusChange({ from: 'draft', lastChangedOn: '2026-10-01' }, change({ to: 'adopted' }));
    expect(problem).toEqual({
      code: 'illegal_transition',
      path: 'to',
      message: 'A recommendation that is a draft cannot become adopted: from a draft it can only become tabled',
      reason: 'recommendation.cannotMove',
      params: { from: 'draft', to: 'adopted' },
    });
  });

  it('treats adopted and rejected as final', () => {
    for (const to of recommendationStatuses) {
      expect(canMove('adopted', to)).toBe(false);
      expect(canMove('rejected', to)).toBe(false);
    }
    const [problem] = checkStatusChange({ from: 'adopted', lastChangedOn: '2026-10-01' }, change({ to: 'tabled' }));
    expect(problem?.message).toContain('adopted is final; record its follow-up instead');
  });

  it('a referred-back recommendation goes back to the group or to a plenary', () => {
    expect(canMove('referred_back', 'draft')).toBe(true);
    expect(canMove('referred_back', 'tabled')).toBe(true);
    expect(canMove('referred_back', 'adopted')).toBe(false);
  });

  it('tabling names the plenary; deferring names the meeting it goes to', () => {
    const context = { from: 'tabled' as const, lastChangedOn: '2026-10-01' };
    expect(
      checkStatusChange({ from: 'draft', lastChangedOn: '2026-10-01' }, change({ meetingId: null }))[0],
    ).toMatchObject({
      path: 'meetingId',
      message: 'must name the plenary it is tabled at',
    });
    expect(checkStatusChange(context, change({ to: 'deferred' }))[0]).toMatchObject({ path: 'deferredToMeetingId' });
    expect(checkStatusChange(context, change({ to: 'deferred', deferredToMeetingId: 3 }))[0]?.message).toBe(
      'must be a later meeting than the one deferring it',
    );
    expect(checkStatusChange(context, change({ to: 'deferred', deferredToMeetingId: 9 }))).toEqual([]);
    expect(checkStatusChange(context, change({ to: 'adopted', deferredToMeetingId: 9 }))[0]?.path).toBe(
      'deferredToMeetingId',
    );
  });

  it('history runs forward: a change cannot be dated before the last one', () => {
    const problems = checkStatusChange({ from: 'draft', lastChangedOn: '2026-11-21' }, change({ on: '2026-11-20' }));
    expect(problems).toEqual([
      {
        code: 'invalid_input',
        path: 'on',
        message: 'must not be before the last change, on 2026-11-21',
        reason: 'recommendation.beforeLastChange',
        params: { date: '2026-11-21' },
      },
    ]);
  });

  it('a vote moves the status only when it decides something', () => {
    expect(statusAfterVote('carried')).toBe('adopted');
    expect(statusAfterVote('defeated')).toBe('rejected');
    expect(statusAfterVote('no_quorum')).toBeNull();
    expect(voteProblem('tabled')).toBeNull();
    expect(voteProblem('deferred')).toBeNull();
    expect(voteProblem('draft')?.message).toBe(
      'A vote cannot be taken on a recommendation that is a draft; table it at the plenary first',
    );
    expect(voteProblem('adopted')?.code).toBe('illegal_transition');
  });

  it('follow-up, implementation and edits each belong to their stage', () => {
    expect(followUpProblem('adopted')).toBeNull();
    expect(followUpProblem('tabled')?.code).toBe('illegal_transition');
    expect(implementationProblem('adopted', 'not_started', 'in_progress')).toBeNull();
    expect(implementationProblem('adopted', 'in_progress', 'in_progress')?.path).toBe('status');
    expect(implementationProblem('rejected', null, 'in_progress')?.code).toBe('illegal_transition');
    expect(editProblem('draft')).toBeNull();
    expect(editProblem('referred_back')).toBeNull();
    expect(editProblem('tabled')?.code).toBe('illegal_transition');
  });
});

describe('quarter filter', () => {
  it('turns fiscal and calendar quarter keys into date ranges', () => {
    expect(quarterDateRange('2026-27 Q1')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterDateRange('2026-27 Q3')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterDateRange('2026-27 Q4')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(quarterDateRange('2026 Q3')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('round-trips: a date lies in the range of each of its quarter keys', () => {
    for (const date of ['2026-01-01', '2026-03-31', '2026-04-01', '2026-11-25', '2027-02-28']) {
      const { fiscal, calendar } = quarterKeysOf(date);
      for (const key of [fiscal, calendar]) {
        const { from, to } = quarterDateRange(key);
        expect(date >= from && date <= to).toBe(true);
      }
    }
  });

  it('refuses keys that are not quarters', () => {
    expect(quarterKeySchema.safeParse('2026-28 Q1').success).toBe(false);
    expect(quarterKeySchema.safeParse('2026 Q5').success).toBe(false);
    expect(quarterKeySchema.safeParse('2026-27 Q2').success).toBe(true);
  });
});
