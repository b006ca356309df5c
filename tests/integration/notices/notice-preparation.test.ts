import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { meetingInput } from '../meetings/meeting-fixtures';
import { addPlenary, addReachableMember, spanishInvitation } from './notice-fixtures';

describe('preparing a meeting’s notices', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-30T17:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('logs languages and counts, marks the readiness "sent", and "outdated" once the meeting moves', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'Es One', languages: ['es'], preferredLanguage: 'es' });
    await addReachableMember(dispatch, { displayName: 'Es Two', languages: ['es'], preferredLanguage: 'es' });
    await addReachableMember(dispatch, { displayName: 'En One' });
    await addReachableMember(dispatch, { displayName: 'Quiet One', mayContact: false });
    await callOk(dispatch, 'notices.templates.save', spanishInvitation);
    const meetingId = await addPlenary(dispatch);
    expect((await callOk(dispatch, 'meetings.get', { id: meetingId })).readiness.notices).toEqual({ state: 'not_sent', preparedAt: null });

    const prepared = await callOk(dispatch, 'notices.prepare', { meetingId });
    expect(prepared.log).toEqual([
      {
        id: expect.any(Number),
        preparedAt: '2026-11-30T17:00:00.000Z',
        purpose: 'invitation',
        languages: [
          { language: 'en', recipients: 1 },
          { language: 'es', recipients: 2 },
        ],
        recipients: 3,
        notReached: 1,
      },
    ]);
    expect(prepared.status.state).toBe('sent');
    const dashboard = await callOk(dispatch, 'meetings.dashboard', {});
    expect(dashboard.nextMeeting?.readiness.notices.state).toBe('sent');

    await callOk(dispatch, 'meetings.update', { id: meetingId, meeting: meetingInput({ startsAt: '18:30' }) });
    expect((await callOk(dispatch, 'meetings.get', { id: meetingId })).readiness.notices.state).toBe('outdated');
    // A change the notice does not show (the notes) leaves it sent.
    await callOk(dispatch, 'notices.prepare', { meetingId });
    await callOk(dispatch, 'meetings.update', { id: meetingId, meeting: meetingInput({ startsAt: '18:30', notes: 'Bring snacks' }) });
    expect((await callOk(dispatch, 'meetings.get', { id: meetingId })).readiness.notices.state).toBe('sent');

    const audit = await callOk(dispatch, 'audit.list', { operation: 'notices.prepare' });
    expect(audit.total).toBe(2);
  });

  it('keeps nothing derived from a meeting’s words in the log or the calendar entry, which a guessed name could be checked against', async () => {
    const { dispatch, ledger } = temp;
    await addReachableMember(dispatch, { displayName: 'En One' });
    // Two meetings alike but for their titles: whatever the notice tables keep of one, they keep of the other.
    const named = await addPlenary(dispatch, { title: 'Plenary: Maria Lopez on housing' });
    const other = await addPlenary(dispatch, { title: 'Plenary: someone else on wages' });
    for (const meetingId of [named, other]) {
      await callOk(dispatch, 'notices.prepare', { meetingId });
      await callOk(dispatch, 'notices.calendarFile', { meetingId, language: 'en' });
    }
    const kept = async (meetingId: number) => ({
      log: await ledger.db.selectFrom('notice_log').selectAll().where('meeting_id', '=', meetingId).execute(),
      calendar: await ledger.db.selectFrom('meeting_calendar_entries').selectAll().where('meeting_id', '=', meetingId).execute(),
    });
    const withoutIdentity = ({ log, calendar }: Awaited<ReturnType<typeof kept>>) => ({
      log: log.map(({ id: _id, meeting_id: _meeting, ...rest }) => rest),
      calendar: calendar.map(({ meeting_id: _meeting, uid: _uid, ...rest }) => rest),
    });
    expect(withoutIdentity(await kept(named))).toEqual(withoutIdentity(await kept(other)));

    // A changed title still makes the notices out of date.
    await callOk(dispatch, 'meetings.update', { id: other, meeting: meetingInput({ title: 'Plenary: wages' }) });
    expect((await callOk(dispatch, 'meetings.get', { id: other })).readiness.notices.state).toBe('outdated');
  });

  it('refuses to prepare while a migrant worker’s real name in the notice is unconfirmed', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'Rosa Quintana', alias: 'R.', category: 'current_migrant_worker' });
    await addReachableMember(dispatch, { displayName: 'Pat Union' });
    const meetingId = await addPlenary(dispatch);
    await callOk(dispatch, 'meetings.agenda.add', {
      meetingId,
      item: { kind: 'presentation', title: 'Rosa Quintana on farm housing', presenterMemberId: null, plannedMinutes: 20 },
    });
    const notices = await callOk(dispatch, 'notices.forMeeting', { meetingId });
    expect(notices.redactionHits.map((hit) => hit.matchedText)).toEqual(['Rosa Quintana']);

    const refused = await dispatch('notices.prepare', { meetingId });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('names a migrant worker');
    const calendarRefused = await dispatch('notices.calendarFile', { meetingId, language: 'en' });
    expect(calendarRefused.ok).toBe(false);
    expect((await callOk(dispatch, 'notices.forMeeting', { meetingId })).log).toEqual([]);

    const confirmedHits = notices.redactionHits.map((hit) => hit.key);
    expect((await callOk(dispatch, 'notices.prepare', { meetingId, confirmedHits })).log).toHaveLength(1);
  });

  it('writes one language’s recipients to .csv with only name or alias and email, behind the personal-data acknowledgement', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'Rosa Quintana', alias: 'Rosa Q.', category: 'current_migrant_worker', languages: ['es'], preferredLanguage: 'es', phone: '+1 604 555 0101', notes: 'lives on farm 3' });
    await addReachableMember(dispatch, { displayName: '=HYPERLINK("http://evil.example")', languages: ['es'], preferredLanguage: 'es', email: 'formula@example.org' });
    await addReachableMember(dispatch, { displayName: 'En Only' });
    await callOk(dispatch, 'notices.templates.save', spanishInvitation);
    const meetingId = await addPlenary(dispatch);

    const unacknowledged = await dispatch('notices.recipientsCsv', { meetingId, language: 'es' });
    expect(unacknowledged.ok).toBe(false);

    const file = await callOk(dispatch, 'notices.recipientsCsv', { meetingId, language: 'es', personalDataWarningAccepted: true });
    expect(file.fileName).toBe(`notice-recipients-2026-12-05-${meetingId}-es.csv`);
    expect(file.mimeType).toContain('text/csv');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
    expect(rows).toEqual([
      ['Name', 'Email'],
      ['Rosa Q.', 'rosa.quintana@example.org'],
      [`'=HYPERLINK("http://evil.example")`, 'formula@example.org'],
    ]);
    const text = bytes.toString('utf8');
    for (const leaked of ['Quintana', '604', 'farm', 'en.only']) expect(text).not.toContain(leaked);

    const audit = await callOk(dispatch, 'audit.list', { entityType: 'notice_recipients_export' });
    expect(audit.items.map((item) => item.changedFields)).toEqual([['language', 'recipients']]);
  });

  it('keeps the coordinator’s texts: an edited English text, a removed Spanish one, and refuses unknown fields', async () => {
    const { dispatch } = temp;
    await callOk(dispatch, 'notices.templates.save', spanishInvitation);
    await callOk(dispatch, 'notices.templates.save', { kind: 'plenary', purpose: 'invitation', language: 'en', subject: 'Come: {{title}}', body: 'On {{date}}' });
    let list = await callOk(dispatch, 'notices.templates.list', {});
    const plenaryInvitations = list.templates.filter((template) => template.kind === 'plenary' && template.purpose === 'invitation');
    expect(plenaryInvitations.map((template) => [template.language, template.source])).toEqual([
      ['en', 'coordinator'],
      ['es', 'coordinator'],
      ['fr', 'app'],
    ]);

    const refused = await dispatch('notices.templates.save', { ...spanishInvitation, body: 'Fecha: {{fecha}}' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.[0]).toMatchObject({ path: 'body', reason: 'unknownNoticeFields', params: expect.objectContaining({ fields: '{{fecha}}' }) });

    await callOk(dispatch, 'notices.templates.remove', { kind: 'plenary', purpose: 'invitation', language: 'en' });
    await callOk(dispatch, 'notices.templates.remove', { kind: 'plenary', purpose: 'invitation', language: 'es' });
    list = await callOk(dispatch, 'notices.templates.list', {});
    const english = list.templates.find((template) => template.kind === 'plenary' && template.purpose === 'invitation' && template.language === 'en');
    expect(english?.source).toBe('app');
    expect(list.templates.some((template) => template.language === 'es')).toBe(false);
    const missing = await dispatch('notices.templates.remove', { kind: 'plenary', purpose: 'invitation', language: 'es' });
    expect(missing.ok).toBe(false);
  });
});
