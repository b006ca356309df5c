import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { docxText } from '../../support/docx-text';
import { recordLinkedRecords } from './linked-records-fixtures';
import { addMember, ok } from './registry-fixtures';

describe('access export', () => {
  let temp: TempLedger;

  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-25T12:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('lists the member fields, consent history and working groups in a Word document', async () => {
    const id = await addMember(temp.dispatch, {
      displayName: 'Gurpreet Kaur ਗੁਰਪ੍ਰੀਤ',
      alias: 'GK',
      email: 'gurpreet@example.org',
      phone: '604 555 0101',
      organisationName: 'Surrey Farmworkers Association',
      languages: ['pa', 'en'],
      preferredLanguage: 'pa',
      notes: 'Asked for evening meetings\nNo calls at work',
    });
    await ok(temp.dispatch, 'consent.record', {
      memberId: id,
      consent: { mayContact: true, mayBeNamed: false, testimonyMayBeRecorded: true, mayAppearInPhotos: false, givenOn: '2025-02-14', method: 'through_interpreter', note: 'Punjabi interpreter' },
    });
    const group = await ok<{ id: number }>(temp.dispatch, 'workingGroups.create', { group: { name: 'Community action', mandate: null, status: 'active' } });
    await ok(temp.dispatch, 'workingGroups.addMember', { workingGroupId: group.id, memberId: id, membership: { role: 'co_chair', startOn: '2025-03-01', endOn: null } });

    const file = await ok<{ fileName: string; mimeType: string; base64: string }>(temp.dispatch, 'members.accessExport', { id });
    expect(file.fileName).toBe(`access-request-member-${id}-2026-11-25.docx`);
    expect(file.fileName).not.toContain('Gurpreet');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    const text = await docxText(Buffer.from(file.base64, 'base64'));
    for (const expected of [
      'What the Network holds about you',
      'Produced on: 2026-11-25',
      'Gurpreet Kaur ਗੁਰਪ੍ਰੀਤ',
      'gurpreet@example.org',
      '604 555 0101',
      'Surrey Farmworkers Association',
      'Punjabi',
      'Current migrant worker',
      'Asked for evening meetings\nNo calls at work',
      '2025-02-14',
      'Through an interpreter',
      'Punjabi interpreter',
      'Recorded on the member form',
      'Community action',
      'Co-chair',
      'ongoing',
      'Meetings attended',
      'None recorded',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('lists the meetings attended, roll-call ballots, testimony and action items, and only the member’s own', async () => {
    const id = await addMember(temp.dispatch, { displayName: 'Rosa Delgado', alias: 'Rosa D' });
    const linked = await recordLinkedRecords(temp.dispatch, id, { name: 'Rosa Delgado', alias: 'Rosa D' });
    // A working-group meeting where she sent regrets.
    const group = await ok<{ id: number }>(temp.dispatch, 'workingGroups.create', { group: { name: 'Housing', mandate: null, status: 'active' } });
    const groupMeeting = await ok<{ meeting: { id: number } }>(temp.dispatch, 'meetings.create', {
      meeting: { kind: 'working_group', workingGroupId: group.id, title: 'Housing group check-in', heldOn: '2027-01-10', startsAt: '18:00', endsAt: '19:00', place: null, onlineLink: null, status: 'planned', workerFriendly: true, notes: null },
    });
    await ok(temp.dispatch, 'meetings.rollCall.add', { meetingId: groupMeeting.meeting.id, memberId: id });
    await ok(temp.dispatch, 'meetings.rollCall.mark', { meetingId: groupMeeting.meeting.id, memberId: id, presence: 'regrets' });

    const file = await ok<{ base64: string }>(temp.dispatch, 'members.accessExport', { id });
    const text = await docxText(Buffer.from(file.base64, 'base64'));
    for (const expected of [
      'Meetings attended',
      'Kind of meeting',
      'How you attended',
      '2026-12-05',
      'Winter plenary',
      'Network plenary',
      'Remotely',
      'Housing group check-in',
      'Working-group meeting',
      'Sent regrets',
      'Roll-call votes you cast',
      'Open work permits for seasonal workers',
      'Motions you moved or seconded',
      'Moved it',
      'Your testimony recorded in minutes',
      'Rosa D described unpaid overtime; Rosa Delgado asked for follow-up.',
      'Action items assigned to you',
      'Call Rosa Delgado about the housing survey',
      '2027-01-15',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Only the working-groups section is empty: she belongs to none.
    expect(text.split('None recorded')).toHaveLength(2);
    // Her ballot only: the others' choices (one abstained) are theirs, not hers.
    expect(text).toMatch(/Open work permits for seasonal workers\s*For/);
    expect(text).not.toContain('Abstained');

    // Another attendee's export shows their own attendance, and none of her testimony or action item.
    const other = await ok<{ base64: string }>(temp.dispatch, 'members.accessExport', { id: linked.otherMemberIds[0] });
    const otherText = await docxText(Buffer.from(other.base64, 'base64'));
    expect(otherText).toContain('In person');
    expect(otherText).toMatch(/Open work permits for seasonal workers\s*Seconded it/);
    expect(otherText).not.toContain('unpaid overtime');
    expect(otherText).not.toContain('housing survey');
  });

  it('says not found for a member that does not exist', async () => {
    expect(await temp.dispatch('members.accessExport', { id: 4242 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
