import { describe, expect, it } from 'vitest';
import { agendaTiming, moveItem, plenaryTemplate } from '../../../shared/domain/agenda';
import { countPresentByCategory } from '../../../shared/domain/attendance';
import { missingLanguageWarnings } from '../../../shared/domain/interpretation';
import { meetingDraftSchema } from '../../../shared/domain/meeting';
import { nameInTestimony, nameOnAgenda } from '../../../shared/domain/worker-safe-name';
import { suggestWorkerFriendly } from '../../../shared/domain/worker-friendly';

describe('worker-friendly time suggestion', () => {
  it('suggests evenings and weekends only', () => {
    expect(suggestWorkerFriendly('2026-11-25', '18:00')).toBe(true); // Wednesday evening
    expect(suggestWorkerFriendly('2026-11-25', '10:00')).toBe(false); // Wednesday morning
    expect(suggestWorkerFriendly('2026-11-28', '10:00')).toBe(true); // Saturday
    expect(suggestWorkerFriendly('2026-11-29', '09:00')).toBe(true); // Sunday
  });
});

describe('agenda', () => {
  it('a plenary template opens with worker voices', () => {
    expect(plenaryTemplate[0]?.kind).toBe('worker_voices');
  });

  it('totals planned time and reports an overrun against the meeting length', () => {
    expect(agendaTiming([{ plannedMinutes: 90 }, { plannedMinutes: 45 }], '18:00', '20:00')).toEqual({
      plannedMinutes: 135,
      meetingMinutes: 120,
      overrunMinutes: 15,
    });
    expect(agendaTiming([{ plannedMinutes: 30 }], '18:00', '20:00').overrunMinutes).toBe(0);
  });

  it('moves an item and leaves the list alone at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('meeting draft', () => {
  const draft = {
    kind: 'plenary',
    workingGroupId: null,
    title: 'Plenary',
    heldOn: '2026-12-05',
    startsAt: '18:00',
    endsAt: '20:00',
    place: null,
    onlineLink: null,
    status: 'planned',
    workerFriendly: true,
    notes: null,
  };

  it('names the field when the end is before the start or a link is not a web address', () => {
    const result = meetingDraftSchema.safeParse({ ...draft, endsAt: '17:00', onlineLink: 'javascript:alert(1)' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('endsAt');
    expect(paths).toContain('onlineLink');
  });

  it('requires the group for a working-group meeting', () => {
    const result = meetingDraftSchema.safeParse({ ...draft, kind: 'working_group' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['workingGroupId'],
      message: 'is required for a working-group meeting',
    });
  });
});

describe('attendance counts and interpretation warnings', () => {
  it('counts present members and guests by category, leaving out empty ones', () => {
    const counts = countPresentByCategory(
      [
        { category: 'union', presence: 'in_person' },
        { category: 'union', presence: 'remote' },
        { category: 'union', presence: 'regrets' },
        { category: 'employer', presence: 'absent' },
      ],
      [{ category: 'academic_legal', count: 3 }],
    );
    expect(counts).toEqual([
      { category: 'union', members: 2, guests: 0 },
      { category: 'academic_legal', members: 0, guests: 3 },
    ]);
  });

  it('warns for a needed language until a booking is confirmed', () => {
    const needs = ['es', 'es', 'es', 'es', 'tl', null] as const;
    expect(missingLanguageWarnings(needs, [])).toEqual([
      { languageCode: 'es', attendees: 4, requestedOnly: false },
      { languageCode: 'tl', attendees: 1, requestedOnly: false },
    ]);
    expect(missingLanguageWarnings(needs, [{ languageCode: 'es', status: 'requested' }])[0]).toMatchObject({
      requestedOnly: true,
    });
    expect(missingLanguageWarnings(needs, [{ languageCode: 'es', status: 'confirmed' }])).toEqual([
      { languageCode: 'tl', attendees: 1, requestedOnly: false },
    ]);
    expect(missingLanguageWarnings(needs, [{ languageCode: 'es', status: 'cancelled' }])).toHaveLength(2);
  });
});

describe('worker-safe names', () => {
  const worker = {
    id: 7,
    displayName: 'Real Name',
    alias: 'Rosa',
    category: 'current_migrant_worker',
    mayBeNamed: true,
  } as const;
  it('agendas always use the alias for a migrant worker; testimony honours consent', () => {
    expect(nameOnAgenda(worker)).toEqual({ name: 'Rosa', isAlias: true });
    expect(nameInTestimony(worker)).toEqual({ name: 'Real Name', isAlias: false });
    expect(nameInTestimony({ ...worker, mayBeNamed: false })).toEqual({ name: 'Rosa', isAlias: true });
  });
  it('never falls back to the real name when a worker has no alias', () => {
    expect(nameOnAgenda({ ...worker, alias: null }).name).toBe('\u2014');
    expect(nameInTestimony({ ...worker, alias: null, mayBeNamed: false }).name).not.toMatch(/#|7/);
    expect(nameOnAgenda({ ...worker, category: 'union' }).name).toBe('Real Name');
  });
  it('shows a withdrawn member by the neutral label that replaced the name, never a stand-in or alias', () => {
    const withdrawn = { ...worker, displayName: 'Withdrawn member 3', alias: null, mayBeNamed: false, withdrawn: true };
    expect(nameOnAgenda(withdrawn)).toEqual({ name: 'Withdrawn member 3', isAlias: false });
    expect(nameInTestimony(withdrawn)).toEqual({ name: 'Withdrawn member 3', isAlias: false });
  });
});
