import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { docxText } from '../../support/docx-text';
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

  it('says not found for a member that does not exist', async () => {
    expect(await temp.dispatch('members.accessExport', { id: 4242 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
