import ical, { type VEvent } from 'node-ical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../shared/contract';
import { callOk } from '../../support/call-operation';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { meetingInput } from '../meetings/meeting-fixtures';
import { addPlenary, addReachableMember, spanishInvitation } from './notice-fixtures';

type CalendarFile = OperationOutput<'notices.calendarFile'>;
const textOf = (file: CalendarFile) => Buffer.from(file.base64, 'base64').toString('utf8');

/** Parses with node-ical, an iCalendar reader written independently of ical-generator. */
function parse(file: CalendarFile): { event: VEvent; method: unknown; raw: string } {
  const raw = textOf(file);
  const parsed = ical.sync.parseICS(raw);
  const events = Object.values(parsed).filter((component): component is VEvent => component?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  const calendar = (parsed as unknown as { vcalendar?: { method?: unknown } }).vcalendar;
  return { event: events[0]!, method: calendar?.method, raw };
}

describe('a meeting’s calendar file', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-30T17:00:00Z') });
  });
  afterEach(async () => temp.close());

  it('keeps the wall-clock time in the meeting’s zone across a daylight-saving change, with one UID and a growing SEQUENCE', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'Pat Union' });
    const toronto = { timeZone: 'America/Toronto', heldOn: '2027-03-10', startsAt: '18:00', endsAt: '21:00' } as const;
    const meetingId = await addPlenary(dispatch, toronto);

    const before = parse(await callOk(dispatch, 'notices.calendarFile', { meetingId, language: 'en' }));
    expect(before.method).toBe('PUBLISH');
    expect(before.raw).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Toronto');
    expect(before.raw).toContain('DTSTART;TZID=America/Toronto:20270310T180000');
    expect((before.event.start as Date & { tz?: string }).tz).toBe('America/Toronto');
    expect(before.event.start.toISOString()).toBe('2027-03-10T23:00:00.000Z'); // EST, UTC-5
    expect(before.event.end?.toISOString()).toBe('2027-03-11T02:00:00.000Z');
    expect(Number(before.event.sequence)).toBe(0);

    // Moved a week later, past the second Sunday of March: same 18:00 on the wall, now EDT.
    await callOk(dispatch, 'meetings.update', { id: meetingId, meeting: meetingInput({ ...toronto, heldOn: '2027-03-17' }) });
    const after = parse(await callOk(dispatch, 'notices.calendarFile', { meetingId, language: 'en' }));
    expect(after.event.start.toISOString()).toBe('2027-03-17T22:00:00.000Z'); // EDT, UTC-4
    expect(after.event.end?.toISOString()).toBe('2027-03-18T01:00:00.000Z');
    expect(after.event.uid).toBe(before.event.uid);
    expect(Number(after.event.sequence)).toBe(1);

    // Downloading again, or in another language, changes nothing.
    const again = parse(await callOk(dispatch, 'notices.calendarFile', { meetingId, language: 'en' }));
    expect([again.event.uid, Number(again.event.sequence)]).toEqual([before.event.uid, 1]);
  });

  it('writes Vancouver meetings at the typed time with the newest rules for British Columbia (UTC-7 all year)', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'Pat Union' });
    const meetingId = await addPlenary(dispatch, { heldOn: '2026-12-10', startsAt: '18:00', endsAt: '20:30', onlineLink: 'https://meet.example.org/plenary' });
    const { event, raw } = parse(await callOk(dispatch, 'notices.calendarFile', { meetingId, language: 'en' }));
    expect(raw).toContain('DTSTART;TZID=America/Vancouver:20261210T180000');
    expect(raw).toContain('DTEND;TZID=America/Vancouver:20261210T203000');
    const vtimezone = raw.slice(raw.indexOf('BEGIN:VTIMEZONE'), raw.indexOf('END:VTIMEZONE'));
    expect(vtimezone).toContain('TZID:America/Vancouver');
    expect(vtimezone).toContain('TZOFFSETTO:-0700');
    expect(vtimezone).not.toContain('-0800');
    expect(JSON.stringify(event.url)).toContain('https://meet.example.org/plenary');
    // node-ical resolves the TZID through the host's Intl tz data, which on Node 20 (tz 2025c) still has
    // BC falling back to UTC-8; whatever the host's data, the entry reads 18:00 in Vancouver.
    const vancouverClock = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Vancouver', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    expect(vancouverClock.format(event.start)).toBe('18:00');
    expect(vancouverClock.format(event.end!)).toBe('20:30');
    expect(event.location).toBe('Surrey community hall');
    expect(String(event.description)).toContain('Online: https://meet.example.org/plenary');
    expect(raw).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  });

  it('puts the notice in the file’s language and no member’s name or address in any file', async () => {
    const { dispatch } = temp;
    const people = [
      { displayName: 'Rosa Realname', alias: 'Rosa A.', category: 'current_migrant_worker', languages: ['es'], preferredLanguage: 'es' },
      { displayName: 'Pat Unionrep', alias: null, category: 'union', languages: ['en'], preferredLanguage: 'en' },
      { displayName: 'Jean Employeur', alias: 'JE', category: 'employer', languages: ['fr'], preferredLanguage: 'fr' },
    ] as const;
    for (const person of people) await addReachableMember(dispatch, { ...person, languages: [...person.languages] });
    await callOk(dispatch, 'notices.templates.save', spanishInvitation);
    const meetingId = await addPlenary(dispatch);
    for (const language of ['en', 'fr', 'es'] as const) {
      const { event, raw } = parse(await callOk(dispatch, 'notices.calendarFile', { meetingId, language }));
      expect(raw).not.toMatch(/^(ATTENDEE|ORGANIZER)/m);
      expect(raw).not.toContain('@example.org');
      for (const person of people) {
        for (const value of [person.displayName, ...person.displayName.split(' '), person.alias].filter(Boolean)) {
          expect(raw).not.toContain(value);
        }
      }
      const expected = { en: 'You are invited to the Network plenary', fr: 'Nous vous invitons à la plénière', es: 'Le invitamos a la plenaria' }[language];
      expect(String(event.description)).toContain(expected);
    }
  });

  it('cancels the entry once the meeting is cancelled: same UID, higher SEQUENCE, STATUS:CANCELLED', async () => {
    const { dispatch } = temp;
    await addReachableMember(dispatch, { displayName: 'Pat Union', languages: ['fr'], preferredLanguage: 'fr' });
    const meetingId = await addPlenary(dispatch);
    const invitation = parse(await callOk(dispatch, 'notices.calendarFile', { meetingId, language: 'fr' }));
    expect(invitation.event.status).toBe('CONFIRMED');

    await callOk(dispatch, 'meetings.update', { id: meetingId, meeting: meetingInput({ status: 'cancelled' }) });
    const file = await callOk(dispatch, 'notices.calendarFile', { meetingId, language: 'fr' });
    expect(file.fileName).toMatch(/-cancelled\.ics$/);
    const cancellation = parse(file);
    expect(cancellation.method).toBe('PUBLISH');
    expect(cancellation.event.status).toBe('CANCELLED');
    expect(cancellation.event.uid).toBe(invitation.event.uid);
    expect(Number(cancellation.event.sequence)).toBeGreaterThan(Number(invitation.event.sequence));
    expect(cancellation.event.summary).toBe('Annulation : Winter plenary');
    expect(String(cancellation.event.description)).toContain('est annulée');
  });
});
