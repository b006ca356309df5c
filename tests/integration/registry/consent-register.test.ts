import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMember, draftOf, ok } from './registry-fixtures';

interface Entry {
  id: number;
  mayContact: boolean;
  mayBeNamed: boolean;
  testimonyMayBeRecorded: boolean;
  mayAppearInPhotos: boolean;
  givenOn: string;
  method: string;
  note: string | null;
}

const consent = (overrides: Partial<Entry> = {}) => ({
  mayContact: true,
  mayBeNamed: false,
  testimonyMayBeRecorded: false,
  mayAppearInPhotos: false,
  givenOn: '2025-05-01',
  method: 'signed_form',
  note: null,
  ...overrides,
});

describe('consent register', () => {
  let temp: TempLedger;
  let id: number;

  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-11-25T12:00:00Z') });
    id = await addMember(temp.dispatch, { mayContact: true, mayBeNamed: false });
  });
  afterEach(async () => temp.close());

  const history = async () => (await ok<{ items: Entry[] }>(temp.dispatch, 'consent.history', { memberId: id })).items;

  it('starts from the member form and keeps every later change as history, newest first', async () => {
    expect(await history()).toMatchObject([{ method: 'member_form', mayContact: true, mayBeNamed: false }]);

    await ok(temp.dispatch, 'consent.record', { memberId: id, consent: consent({ testimonyMayBeRecorded: true, givenOn: '2025-06-01', method: 'through_interpreter', note: 'Punjabi interpreter present' }) });
    await ok(temp.dispatch, 'consent.record', { memberId: id, consent: consent({ mayContact: false, mayAppearInPhotos: true, givenOn: '2025-09-10', method: 'verbal_phone' }) });

    const entries = await history();
    expect(entries.map((entry) => entry.method)).toEqual(['verbal_phone', 'through_interpreter', 'member_form']);
    expect(entries[1]).toMatchObject({ testimonyMayBeRecorded: true, givenOn: '2025-06-01', note: 'Punjabi interpreter present' });
    expect(entries[0]).toMatchObject({ mayContact: false, mayAppearInPhotos: true, testimonyMayBeRecorded: false });
  });

  it('keeps the member flags other areas read equal to the latest consent', async () => {
    await ok(temp.dispatch, 'consent.record', { memberId: id, consent: consent({ mayContact: false, mayBeNamed: true }) });
    expect(await ok(temp.dispatch, 'members.get', { id })).toMatchObject({ mayContact: false, mayBeNamed: true });

    // A change through the member form becomes a register entry too, carrying the other answers over.
    await ok(temp.dispatch, 'consent.record', { memberId: id, consent: consent({ mayContact: false, mayBeNamed: true, testimonyMayBeRecorded: true }) });
    const member = await ok<Record<string, unknown>>(temp.dispatch, 'members.get', { id });
    await ok(temp.dispatch, 'members.update', { id, member: { ...draftOf(member), mayContact: true } });
    const [latest] = await history();
    expect(latest).toMatchObject({ method: 'member_form', mayContact: true, mayBeNamed: true, testimonyMayBeRecorded: true, givenOn: '2026-11-25' });

    // Saving the form without touching consent adds nothing.
    const count = (await history()).length;
    await ok(temp.dispatch, 'members.update', { id, member: { ...draftOf(await ok<Record<string, unknown>>(temp.dispatch, 'members.get', { id })), notes: 'Prefers evenings' } });
    expect(await history()).toHaveLength(count);
  });

  it('refuses a consent dated in the future, an unknown method, or an unknown member, writing nothing', async () => {
    const before = (await history()).length;
    const future = await temp.dispatch('consent.record', { memberId: id, consent: consent({ givenOn: '2026-12-01' }) });
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'consent.givenOn' }] } });
    const badMethod = await temp.dispatch('consent.record', { memberId: id, consent: consent({ method: 'withdrawal' }) });
    expect(badMethod).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await temp.dispatch('consent.record', { memberId: 9999, consent: consent() });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await history()).toHaveLength(before);
  });

  it('keeps the history after withdrawal but erases its notes and ends with a withdrawal entry', async () => {
    await ok(temp.dispatch, 'consent.record', { memberId: id, consent: consent({ note: 'Met at the Abbotsford clinic' }) });
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    const entries = await history();
    expect(entries[0]).toMatchObject({ method: 'withdrawal', mayContact: false, mayBeNamed: false, testimonyMayBeRecorded: false, mayAppearInPhotos: false });
    expect(entries).toHaveLength(3);
    expect(entries.every((entry) => entry.note === null)).toBe(true);
    expect(await temp.dispatch('consent.record', { memberId: id, consent: consent() })).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });
});
