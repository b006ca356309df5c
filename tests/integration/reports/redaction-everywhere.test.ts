import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { Minutes } from '../../../shared/domain/minutes';
import type { RedactionField, RedactionHit } from '../../../shared/domain/report';
import { writeSetting } from '../../../electron/ledger/settings/settings-repository';
import { networkNameKey } from '../../../electron/ledger/reports/report-settings';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMember, meetingInput, ok } from '../meetings/meeting-fixtures';

const realName = 'José Ñúñez Ávila';
const spellings = {
  'upper case': realName.toUpperCase(),
  'no accents': 'Jose Nunez Avila',
  NFD: realName.normalize('NFD'),
  'a possessive (curly apostrophe, no accents)': 'Jose Nunez Avila’s',
};

let temp: TempLedger | undefined;
afterEach(async () => {
  await temp?.close();
  temp = undefined;
});

/** A ledger in which every free text of every shared document mentions the worker, spelled as given. */
async function ledgerNaming(name: string) {
  temp = await openTempLedger({ now: () => new Date('2027-01-25T10:00:00Z') });
  const { dispatch } = temp;
  const worker = await addMember(dispatch, {
    displayName: realName,
    alias: 'Worker J',
    category: 'current_migrant_worker',
    mayBeNamed: false,
  });
  // Organisations named after the worker move and second the motions: the members' minutes print them.
  const mover = await addMember(dispatch, { displayName: `Allies of ${name}`, alias: null, category: 'worker_advocacy' });
  const seconder = await addMember(dispatch, { displayName: `Friends of ${name}`, alias: null, category: 'other_civil_society' });
  await writeSetting(temp.ledger.db, networkNameKey, `Network of ${name}`, '2027-01-01T00:00:00Z');
  await ok(dispatch, 'reports.quarterly.narrative.save', {
    quarter: { fiscalYear: 2026, quarter: 3 },
    narrative: { highlights: `${name} spoke first.`, challenges: `Transport for ${name}.`, lessonsLearned: `Ask ${name} early.` },
  });
  const housing = await ok<{ id: number }>(dispatch, 'workingGroups.create', {
    group: { name: 'Housing group', mandate: null, status: 'active' },
  });
  const meeting = async (title: string, heldOn: string, kind: 'plenary' | 'working_group', agendaTitle: string) => {
    const detail = await ok<MeetingDetail>(dispatch, 'meetings.create', {
      meeting: meetingInput({ kind, title, heldOn, place: `Hall of ${name}`, workingGroupId: kind === 'working_group' ? housing.id : null }),
    });
    await ok(dispatch, 'meetings.agenda.add', {
      meetingId: detail.meeting.id,
      item: { kind: 'discussion', title: agendaTitle, presenterMemberId: worker, plannedMinutes: 30 },
    });
    return detail.meeting.id;
  };
  const plenary = await meeting(`Plenary with ${name}`, '2026-11-07', 'plenary', `Story of ${name}`);
  const group = await meeting(`Group of ${name}`, '2026-12-01', 'working_group', 'Housing');
  const next = await meeting(`Spring plenary of ${name}`, '2027-01-15', 'plenary', `Welcome ${name}`);
  for (const id of [plenary, group]) {
    await ok(dispatch, 'meetings.rollCall.markAllPresent', { meetingId: id });
    await ok(dispatch, 'meetings.update', {
      id,
      meeting: meetingInput({
        kind: id === plenary ? 'plenary' : 'working_group',
        workingGroupId: id === plenary ? null : housing.id,
        title: id === plenary ? `Plenary with ${name}` : `Group of ${name}`,
        heldOn: id === plenary ? '2026-11-07' : '2026-12-01',
        place: `Hall of ${name}`,
        status: 'held',
      }),
    });
  }
  let minutes = await ok<Minutes>(dispatch, 'minutes.start', { meetingId: plenary });
  const section = minutes.sections[0]!;
  await ok(dispatch, 'minutes.section.update', { sectionId: section.id, notes: `${name} asked about housing.`, decisions: `Thank ${name}.` });
  await ok(dispatch, 'minutes.testimony.add', { sectionId: section.id, testimony: { memberId: worker, summary: `As ${name} said, wages came late.` } });
  await ok(dispatch, 'minutes.actionItems.add', {
    minutesId: minutes.id,
    item: { description: `Call ${name} back`, sectionId: null, ownerMemberId: null, ownerName: name, dueOn: '2027-02-01', status: 'open' },
  });
  const groupMinutes = await ok<Minutes>(dispatch, 'minutes.start', { meetingId: group });
  await ok(dispatch, 'minutes.section.update', { sectionId: groupMinutes.sections[0]!.id, notes: '', decisions: `Invite ${name} to speak.` });
  const recommendation = async (title: string, tabledAt: number, on: string) => {
    const created = await ok<{ recommendation: { id: number } }>(dispatch, 'recommendations.create', {
      recommendation: {
        kind: 'policy',
        title,
        text: `As ${name} proposed, permits should be open.`,
        rationale: `${name} explained why.`,
        workingGroupId: null,
        workingGroupName: `Circle of ${name}`,
        draftedOn: '2026-10-01',
      },
    });
    await ok(dispatch, 'recommendations.changeStatus', { id: created.recommendation.id, change: { to: 'tabled', on, meetingId: tabledAt } });
    return created.recommendation.id;
  };
  const voted = await recommendation(`Proposal of ${name}`, plenary, '2026-11-01');
  await recommendation(`Second proposal of ${name}`, next, '2027-01-02');
  const shown = { meetingId: plenary, moverMemberId: mover, seconderMemberId: seconder, method: 'show_of_hands', rule: 'simple_majority' } as const;
  await ok(dispatch, 'votes.record', {
    vote: { ...shown, motion: { kind: 'amendment', recommendationId: voted, text: `As ${name} amended it.` }, tally: { for: 0, against: 2, abstain: 0, block: 0 } },
  });
  await ok(dispatch, 'votes.record', { vote: { ...shown, motion: { kind: 'recommendation', recommendationId: voted }, tally: { for: 1, against: 0, abstain: 0, block: 0 } } });
  const floor = await ok<{ vote: { id: number } }>(dispatch, 'votes.record', {
    vote: { ...shown, motion: { kind: 'floor', title: `Thanks to ${name}`, text: `The Network thanks ${name}.` }, tally: { for: 2, against: 0, abstain: 0, block: 0 } },
  });
  await ok(dispatch, 'votes.correct', {
    voteId: floor.vote.id,
    correction: { tally: { for: 3, against: 0, abstain: 0, block: 0 }, reason: `${name} raised a hand too` },
  });
  await ok(dispatch, 'minutes.circulate', { minutesId: minutes.id, circulatedOn: '2026-11-10' });
  await ok(dispatch, 'minutes.approve', { minutesId: minutes.id, approvedAtMeetingId: next });
  minutes = await ok<Minutes>(dispatch, 'minutes.amend', {
    minutesId: minutes.id,
    amendment: { amendedOn: '2027-01-20', reason: `Correction by ${name}`, text: `${name} was present.`, sectionId: null },
  });
  return { worker, plenary, next };
}

const fieldsHit = (hits: readonly RedactionHit[], worker: number) =>
  [...new Set(hits.filter((hit) => hit.memberId === worker).map((hit) => hit.field))].sort();

const sharedMinutesFields: RedactionField[] = [
  'actionItemDescription',
  'actionItemOwner',
  'amendmentReason',
  'amendmentText',
  'approvalMeeting',
  'meetingPlace',
  'meetingTitle',
  'motionText',
  'networkName',
  'sectionDecisions',
  'sectionHeading',
  'sectionNotes',
  'testimony',
  'voteCorrectionReason',
  'voteTitle',
];
/** The Network's own minutes also name who moved and seconded; the shared copy says only "Moved and seconded." */
const minutesFields: Record<'minutes_shared' | 'minutes_members', RedactionField[]> = {
  minutes_shared: sharedMinutesFields,
  minutes_members: [...sharedMinutesFields, 'motionMover' as const, 'motionSeconder' as const].sort(),
};

describe.each(Object.entries(spellings))("a protected worker's name in %s", (_spelling, name) => {
  it('is caught in every free text of every shared document, field by field', async () => {
    const { worker, plenary, next } = await ledgerNaming(name);
    const { dispatch } = temp!;
    const quarterly = await ok<{ hits: RedactionHit[] }>(dispatch, 'reports.quarterly.redactionCheck', { quarter: { fiscalYear: 2026, quarter: 3 } });
    expect(fieldsHit(quarterly.hits, worker)).toEqual(['challenges', 'highlights', 'lessonsLearned', 'networkName']);
    expect(quarterly.hits.every((hit) => hit.document === 'quarterly_report')).toBe(true);

    for (const document of ['minutes_shared', 'minutes_members'] as const) {
      const check = await ok<{ hits: RedactionHit[] }>(dispatch, 'reports.meeting.redactionCheck', { meetingId: plenary, document });
      expect(fieldsHit(check.hits, worker), document).toEqual(minutesFields[document]);
      // The testimony's speaker appears by alias: never a hit.
      expect(check.hits.some((hit) => hit.field === 'testimonySpeaker')).toBe(false);
    }

    const packet = await ok<{ hits: RedactionHit[] }>(dispatch, 'reports.meeting.redactionCheck', { meetingId: next, document: 'plenary_packet' });
    expect(fieldsHit(packet.hits, worker)).toEqual([
      'actionItemDescription',
      'actionItemOwner',
      'agendaTitle',
      'groupUpdateDecision',
      'groupUpdateMeeting',
      'meetingPlace',
      'meetingTitle',
      'networkName',
      'recommendationGroup',
      'recommendationRationale',
      'recommendationText',
      'recommendationTitle',
    ]);
  }, 60_000);
});

describe('a worker named in an action item', () => {
  it('holds the shared minutes back until the coordinator confirms each place, and says where', async () => {
    const { worker, plenary } = await ledgerNaming(realName);
    const { dispatch } = temp!;
    const refused = await dispatch('reports.minutes.generate', { meetingId: plenary, language: 'en', audience: 'shared', confirmedHits: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const check = await ok<{ hits: RedactionHit[] }>(dispatch, 'reports.meeting.redactionCheck', { meetingId: plenary, document: 'minutes_shared' });
    const owner = check.hits.find((hit) => hit.field === 'actionItemOwner' && hit.memberId === worker)!;
    expect(owner).toMatchObject({ document: 'minutes_shared', where: `Call ${realName} back`, matchedText: realName });
    const file = await ok<{ fileName: string }>(dispatch, 'reports.minutes.generate', {
      meetingId: plenary,
      language: 'en',
      audience: 'shared',
      confirmedHits: check.hits.map((hit) => hit.key),
    });
    expect(file.fileName).toMatch(/^minutes-shared-2026-11-07-\d+\.docx$/);
  }, 60_000);
});
