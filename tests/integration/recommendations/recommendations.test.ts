import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import type { Envelope } from '../../../shared/errors';
import { addMeeting, addWorkingGroup, recommendationInput } from './recommendation-fixtures';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(async () => {
  await temp.close();
});

function detail(envelope: Envelope<unknown>): RecommendationDetail {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as RecommendationDetail;
}

async function draftOne(overrides = {}) {
  return detail(await temp.dispatch('recommendations.create', { recommendation: recommendationInput(overrides) }));
}

async function count(table: 'recommendation_events' | 'recommendations' | 'recommendation_follow_ups') {
  const { n } = await temp.ledger.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

describe('recommendations', () => {
  it('records a draft with the first step of its trail', async () => {
    const created = await draftOne();
    expect(created.recommendation).toMatchObject({
      status: 'draft',
      statusOn: '2026-10-15',
      workingGroupName: 'Policy working group',
    });
    expect(created.events.map((event) => [event.kind, event.fromValue, event.toValue])).toEqual([
      ['status', null, 'draft'],
    ]);
  });

  it('takes the drafting group name from the registry and refuses an unknown group', async () => {
    const group = await addWorkingGroup(temp.dispatch, 'Community action working group');
    const created = await draftOne({ workingGroupId: group, workingGroupName: 'typed by hand' });
    expect(created.recommendation).toMatchObject({
      workingGroupId: group,
      workingGroupName: 'Community action working group',
    });
    const unknown = await temp.dispatch('recommendations.create', {
      recommendation: recommendationInput({ workingGroupId: 999 }),
    });
    expect(unknown.ok === false && unknown.error.issues).toEqual([
      { path: 'recommendation.workingGroupId', message: 'working group 999 does not exist in the ledger', reason: 'workingGroup.missing' },
    ]);
  });

  it('refuses a recommendation without a title, naming the field, and writes nothing', async () => {
    const result = await temp.dispatch('recommendations.create', {
      recommendation: recommendationInput({ title: '  ' }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toEqual([{ path: 'recommendation.title', message: 'is required', reason: 'required' }]);
    expect(await count('recommendations')).toBe(0);
  });

  it('tables at a plenary, defers to a later one, and keeps every step with meeting titles', async () => {
    const winter = await addMeeting(temp.ledger, { title: 'Winter plenary', heldOn: '2026-12-05' });
    const spring = await addMeeting(temp.ledger, { title: 'Spring plenary', heldOn: '2027-03-06' });
    const { recommendation } = await draftOne();
    detail(
      await temp.dispatch('recommendations.changeStatus', {
        id: recommendation.id,
        change: { to: 'tabled', on: '2026-11-20', meetingId: winter },
      }),
    );
    const deferred = detail(
      await temp.dispatch('recommendations.changeStatus', {
        id: recommendation.id,
        change: {
          to: 'deferred',
          on: '2026-12-05',
          meetingId: winter,
          deferredToMeetingId: spring,
          note: 'Awaiting costing',
        },
      }),
    );
    expect(deferred.recommendation).toMatchObject({
      status: 'deferred',
      statusMeetingId: winter,
      deferredToMeetingId: spring,
    });
    expect(deferred.events.map((event) => event.toValue)).toEqual(['draft', 'tabled', 'deferred']);
    expect(deferred.events[2]).toMatchObject({
      meetingTitle: 'Winter plenary (2026-12-05)',
      deferredToMeetingTitle: 'Spring plenary (2027-03-06)',
      note: 'Awaiting costing',
    });
  });

  it('refuses an illegal transition with a clear message and changes nothing', async () => {
    const winter = await addMeeting(temp.ledger);
    const { recommendation } = await draftOne();
    const result = await temp.dispatch('recommendations.changeStatus', {
      id: recommendation.id,
      change: { to: 'adopted', on: '2026-12-05', meetingId: winter },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'illegal_transition',
        message: 'A recommendation that is a draft cannot become adopted: from a draft it can only become tabled',
      },
    });
    expect(await count('recommendation_events')).toBe(1);
    expect(detail(await temp.dispatch('recommendations.get', { id: recommendation.id })).recommendation.status).toBe(
      'draft',
    );
  });

  it('tables only at a plenary that exists, and defers only to a later one', async () => {
    const forum = await addMeeting(temp.ledger, { kind: 'workers_forum', title: 'Workers forum' });
    const winter = await addMeeting(temp.ledger, { heldOn: '2026-12-05' });
    const autumn = await addMeeting(temp.ledger, { title: 'Autumn plenary', heldOn: '2026-09-05' });
    const { recommendation } = await draftOne();
    const atForum = await temp.dispatch('recommendations.changeStatus', {
      id: recommendation.id,
      change: { to: 'tabled', on: '2026-11-20', meetingId: forum },
    });
    expect(atForum.ok === false && atForum.error.issues?.[0]?.path).toBe('change.meetingId');
    const missing = await temp.dispatch('recommendations.changeStatus', {
      id: recommendation.id,
      change: { to: 'tabled', on: '2026-11-20', meetingId: 999 },
    });
    expect(missing.ok === false && missing.error.message).toContain('meeting 999 does not exist');
    await temp.dispatch('recommendations.changeStatus', {
      id: recommendation.id,
      change: { to: 'tabled', on: '2026-11-20', meetingId: winter },
    });
    const backwards = await temp.dispatch('recommendations.changeStatus', {
      id: recommendation.id,
      change: { to: 'deferred', on: '2026-12-05', meetingId: winter, deferredToMeetingId: autumn },
    });
    expect(backwards.ok === false && backwards.error.issues).toEqual([
      {
        path: 'change.deferredToMeetingId',
        message: 'must be held after 2026-12-05, when it was deferred',
        reason: 'recommendation.deferredToSameMeeting',
      },
    ]);
  });

  it('edits only drafts, and follow-up only adopted recommendations', async () => {
    const winter = await addMeeting(temp.ledger);
    const { recommendation } = await draftOne();
    const edited = detail(
      await temp.dispatch('recommendations.update', {
        id: recommendation.id,
        recommendation: recommendationInput({ title: 'Open permits' }),
      }),
    );
    expect(edited.recommendation.title).toBe('Open permits');
    const early = await temp.dispatch('recommendations.addFollowUp', {
      id: recommendation.id,
      followUp: { sentTo: 'IRCC', recipientKind: 'government', sentOn: '2026-12-10' },
    });
    expect(early.ok === false && early.error.code).toBe('illegal_transition');
    await temp.dispatch('recommendations.changeStatus', {
      id: recommendation.id,
      change: { to: 'tabled', on: '2026-11-20', meetingId: winter },
    });
    const frozen = await temp.dispatch('recommendations.update', {
      id: recommendation.id,
      recommendation: recommendationInput(),
    });
    expect(frozen.ok === false && frozen.error.code).toBe('illegal_transition');
  });

  it('after adoption records where it was sent, the response and the implementation, all in the trail', async () => {
    const winter = await addMeeting(temp.ledger);
    const { recommendation } = await draftOne();
    const { id } = recommendation;
    await temp.dispatch('recommendations.changeStatus', {
      id,
      change: { to: 'tabled', on: '2026-11-20', meetingId: winter },
    });
    const adopted = detail(
      await temp.dispatch('recommendations.changeStatus', {
        id,
        change: { to: 'adopted', on: '2026-12-05', meetingId: winter },
      }),
    );
    expect(adopted.recommendation.implementationStatus).toBe('not_started');
    const sent = detail(
      await temp.dispatch('recommendations.addFollowUp', {
        id,
        followUp: { sentTo: 'IRCC', recipientKind: 'government', sentOn: '2026-12-10' },
      }),
    );
    const followUpId = sent.followUps[0]?.id ?? 0;
    const answered = detail(
      await temp.dispatch('recommendations.updateFollowUp', {
        followUpId,
        followUp: {
          sentTo: 'IRCC',
          recipientKind: 'government',
          sentOn: '2026-12-10',
          response: 'Under review',
          responseOn: '2027-01-20',
        },
      }),
    );
    expect(answered.followUps).toEqual([
      {
        id: followUpId,
        recommendationId: id,
        sentTo: 'IRCC',
        recipientKind: 'government',
        sentOn: '2026-12-10',
        response: 'Under review',
        responseOn: '2027-01-20',
      },
    ]);
    const implemented = detail(
      await temp.dispatch('recommendations.setImplementation', { id, status: 'in_progress', on: '2027-02-01' }),
    );
    expect(implemented.events.map((event) => `${event.kind}:${event.toValue}`)).toEqual([
      'status:draft',
      'status:tabled',
      'status:adopted',
      'follow_up_sent:IRCC',
      'response_recorded:IRCC',
      'implementation:in_progress',
    ]);
    const beforeAdoption = await temp.dispatch('recommendations.addFollowUp', {
      id,
      followUp: { sentTo: 'ESDC', recipientKind: 'funder', sentOn: '2026-11-01' },
    });
    expect(beforeAdoption.ok === false && beforeAdoption.error.issues?.[0]?.path).toBe('followUp.sentOn');
    const halfResponse = await temp.dispatch('recommendations.addFollowUp', {
      id,
      followUp: { sentTo: 'ESDC', recipientKind: 'funder', sentOn: '2026-12-11', response: 'Thanks' },
    });
    expect(halfResponse.ok === false && halfResponse.error.issues?.[0]?.path).toBe('followUp.responseOn');
  });

  it('filters the list by group, kind, status and quarter', async () => {
    const winter = await addMeeting(temp.ledger);
    const policy = await addWorkingGroup(temp.dispatch, 'Policy working group');
    const funding = await addWorkingGroup(temp.dispatch, 'Funding working group');
    await draftOne({ title: 'A', workingGroupId: policy, kind: 'policy', draftedOn: '2026-10-15' });
    await draftOne({ title: 'B', workingGroupId: funding, kind: 'funding', draftedOn: '2026-07-02' });
    const c = await draftOne({ title: 'C', workingGroupId: policy, kind: 'funding', draftedOn: '2027-01-10' });
    await temp.dispatch('recommendations.changeStatus', {
      id: c.recommendation.id,
      change: { to: 'tabled', on: '2027-01-11', meetingId: winter },
    });
    const titles = async (filter: object) => {
      const result = await temp.dispatch('recommendations.list', filter);
      if (!result.ok) throw new Error(result.error.message);
      return (result.data as { items: { title: string }[] }).items.map((item) => item.title);
    };
    expect(await titles({})).toEqual(['C', 'A', 'B']);
    expect(await titles({ workingGroupId: policy })).toEqual(['C', 'A']);
    expect(await titles({ kind: 'funding' })).toEqual(['C', 'B']);
    expect(await titles({ status: 'tabled' })).toEqual(['C']);
    expect(await titles({ quarter: '2026-27 Q3' })).toEqual(['A']);
    expect(await titles({ quarter: '2026-27 Q4' })).toEqual(['C']);
    expect(await titles({ quarter: '2026 Q3' })).toEqual(['B']);
    expect(await titles({ search: 'open work' })).toEqual(['C', 'A', 'B']);
  });
});
