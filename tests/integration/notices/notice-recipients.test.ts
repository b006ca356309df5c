import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingNotices } from '../../../shared/domain/notices';
import { callOk } from '../../support/call-operation';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addPlenary, addReachableMember, spanishInvitation } from './notice-fixtures';

const emailsOf = (notices: MeetingNotices, language: string) =>
  notices.groups.find((group) => group.language === language)?.recipients.map((recipient) => recipient.email) ?? [];

describe('who a meeting notice goes to', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-30T17:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('respects consent to be contacted, shows who is not reached, and leaves withdrawn members out', async () => {
    const { dispatch } = temp;
    const reachable = await addReachableMember(dispatch, { displayName: 'Ana Reachable' });
    const noConsent = await addReachableMember(dispatch, { displayName: 'Bo NoConsent', mayContact: false });
    const noEmail = await addReachableMember(dispatch, { displayName: 'Cy NoEmail', email: null });
    const withdrawn = await addReachableMember(dispatch, { displayName: 'Dee Withdrawn' });
    await callOk(dispatch, 'members.withdraw', { id: withdrawn, confirmErasure: true });
    await addReachableMember(dispatch, { displayName: 'Ed Former', leftOn: '2026-06-30' });
    const meetingId = await addPlenary(dispatch);

    const notices = await callOk(dispatch, 'notices.forMeeting', { meetingId });
    const everyone = notices.groups.flatMap((group) => group.recipients.map((recipient) => recipient.memberId));
    expect(everyone).toEqual([reachable]);
    expect(notices.notReached).toEqual([
      { memberId: noConsent, name: 'Bo NoConsent', reason: 'no_consent' },
      { memberId: noEmail, name: 'Cy NoEmail', reason: 'no_email' },
    ]);
    expect(JSON.stringify(notices)).not.toContain('Withdrawn');
    expect(JSON.stringify(notices)).not.toContain('ed.former');
  });

  it('groups members by the language of their notice, with the coordinator’s fallback for languages without a text', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'En Speaker', languages: ['en'], preferredLanguage: 'en' });
    await addReachableMember(dispatch, { displayName: 'Fr Speaker', languages: ['fr'], preferredLanguage: 'fr' });
    await addReachableMember(dispatch, { displayName: 'Es Speaker', languages: ['es'], preferredLanguage: 'es' });
    await addReachableMember(dispatch, { displayName: 'Tl Speaker', languages: ['tl'], preferredLanguage: 'tl' });
    await addReachableMember(dispatch, { displayName: 'No Preference' });
    const meetingId = await addPlenary(dispatch);

    // No Spanish text yet: Spanish and Tagalog speakers get the English fallback.
    let notices = await callOk(dispatch, 'notices.forMeeting', { meetingId });
    expect(notices.groups.map((group) => group.language)).toEqual(['en', 'fr']);
    expect(emailsOf(notices, 'en')).toEqual(['en.speaker@example.org', 'es.speaker@example.org', 'tl.speaker@example.org', 'no.preference@example.org']);

    await callOk(dispatch, 'notices.templates.save', spanishInvitation);
    await callOk(dispatch, 'notices.fallbackLanguage.set', { language: 'fr' });
    notices = await callOk(dispatch, 'notices.forMeeting', { meetingId });
    expect(notices.fallbackLanguage).toBe('fr');
    expect(notices.groups.map((group) => group.language)).toEqual(['en', 'fr', 'es']);
    expect(emailsOf(notices, 'es')).toEqual(['es.speaker@example.org']);
    expect(emailsOf(notices, 'fr')).toEqual(['fr.speaker@example.org', 'tl.speaker@example.org', 'no.preference@example.org']);
    const spanish = notices.groups.find((group) => group.language === 'es')!;
    expect(spanish.subject).toBe('Invitación: Winter plenary');
    expect(spanish.body).toContain('Fecha: sábado, 5 de diciembre de 2026');
    expect(spanish.body).toContain('(Vancouver, UTC-7)');
    // The meeting has no online link and no interpretation booked: those lines are left out.
    expect(spanish.body).not.toContain('En línea');
    expect(spanish.body).not.toContain('Interpretación');
  });

  it('gives the alias to the mailing list when a member is not to be named', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'Rosa Real', alias: 'Rosa A.', category: 'current_migrant_worker', mayBeNamed: false });
    await addReachableMember(dispatch, { displayName: 'Luis Named', alias: 'Lu', category: 'current_migrant_worker', mayBeNamed: true });
    // The member form requires an alias for every worker now; a ledger kept from before may still lack one.
    const marta = await addReachableMember(dispatch, { displayName: 'Marta NoAlias', alias: 'M.', category: 'current_migrant_worker', mayBeNamed: false });
    await temp.ledger.db.updateTable('members').set({ alias: null }).where('id', '=', marta).execute();
    await addReachableMember(dispatch, { displayName: 'Pat Union', category: 'union' });
    const meetingId = await addPlenary(dispatch);
    const notices = await callOk(dispatch, 'notices.forMeeting', { meetingId });
    expect(notices.groups[0]!.recipients.map((recipient) => recipient.name)).toEqual(['Rosa A.', 'Luis Named', '', 'Pat Union']);
  });

  it('invites a working group’s members only, and anyone added to its roll call', async () => {
    const { dispatch } = temp;
    const inGroup = await addReachableMember(dispatch, { displayName: 'In Group' });
    const outside = await addReachableMember(dispatch, { displayName: 'Not In Group' });
    const added = await addReachableMember(dispatch, { displayName: 'Added Guest' });
    const group = await callOk(dispatch, 'workingGroups.create', { group: { name: 'Housing', mandate: null, status: 'active' } });
    await callOk(dispatch, 'workingGroups.addMember', {
      workingGroupId: group.id,
      memberId: inGroup,
      membership: { role: 'member', startOn: '2026-01-01', endOn: null },
    });
    const meetingId = await addPlenary(dispatch, { kind: 'working_group', workingGroupId: group.id, title: 'Housing group' });
    await callOk(dispatch, 'meetings.rollCall.add', { meetingId, memberId: added });
    const notices = await callOk(dispatch, 'notices.forMeeting', { meetingId });
    const invited = notices.groups.flatMap((entry) => entry.recipients.map((recipient) => recipient.memberId));
    expect(invited).toEqual([inGroup, added]);
    expect(invited).not.toContain(outside);
  });
});
