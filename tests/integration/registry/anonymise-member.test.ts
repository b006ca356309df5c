import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import type { RollCall } from '../../../shared/domain/attendance';
import type { Minutes } from '../../../shared/domain/minutes';
import type { Vote } from '../../../shared/domain/vote';
import { recordLinkedRecords, type LinkedRecords } from './linked-records-fixtures';
import { addMember, draftOf, ok } from './registry-fixtures';

const name = 'Zoraida Quetzalcoatl-Ybarra';
const alias = 'Zora Ybarrita';
const email = 'zoraida.quetzal@example.org';
const phone = '+1 604 555 0199';
const note = 'Works at Fraser Valley berry farm; prefers evening calls';

function fileBytes(path: string): string {
  // latin1 keeps every byte as one character, so UTF-8 names are found as their encoded bytes.
  return fs.readFileSync(path).toString('latin1');
}

function utf8InLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

describe('withdraw and anonymise', () => {
  let temp: TempLedger;
  let id: number;

  beforeEach(async () => {
    temp = await openTempLedger();
    id = await addMember(temp.dispatch, { displayName: name, alias, email, phone, notes: note, organisationName: 'Berry Growers Co-op', languages: ['es', 'en'] });
    // Edits leave the old values in the audit log's diffs: withdrawal must scrub them too.
    const created = await ok<Record<string, unknown>>(temp.dispatch, 'members.get', { id });
    await ok(temp.dispatch, 'members.update', { id, member: { ...draftOf(created), notes: `${note} (updated)`, mayBeNamed: true } });
    await ok(temp.dispatch, 'consent.record', {
      memberId: id,
      consent: { mayContact: true, mayBeNamed: true, testimonyMayBeRecorded: true, mayAppearInPhotos: false, givenOn: '2025-04-01', method: 'through_interpreter', note: `Interpreted for ${name}` },
    });
    await addMember(temp.dispatch, { displayName: 'Another Worker', category: 'current_migrant_worker' });
  });

  afterEach(async () => {
    await temp.close();
  });

  it('leaves no trace of the name, alias, email, phone or notes in the database file', async () => {
    const before = fileBytesAfterCheckpoint(temp);
    expect(before).toContain(utf8InLatin1(name));

    const result = await ok<{ label: string; fileCompacted: boolean }>(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    expect(result.label).toBe('Withdrawn member 1');
    expect(result.fileCompacted).toBe(true);

    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    temp.ledger.sqlite.exec('VACUUM');
    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const after = fileBytes(temp.ledger.path);
    for (const erased of [name, alias, email, phone, note, 'Zoraida', 'zoraida', 'quetzalcoatl', 'Ybarrita']) {
      expect(after, `"${erased}" is still in the file`).not.toContain(utf8InLatin1(erased));
    }
    const walPath = `${temp.ledger.path}-wal`;
    if (fs.existsSync(walPath)) expect(fs.readFileSync(walPath).toString('latin1')).not.toContain(utf8InLatin1(name));
  });

  it('keeps the member countable by category and dates, under a neutral label', async () => {
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    const status = await ok<{ memberCount: number }>(temp.dispatch, 'ledger.status', {});
    expect(status.memberCount).toBe(2);
    const workers = await ok<{ total: number }>(temp.dispatch, 'members.list', { category: 'current_migrant_worker' });
    expect(workers.total).toBe(2);

    const member = await ok<Record<string, unknown>>(temp.dispatch, 'members.get', { id });
    expect(member).toMatchObject({
      displayName: 'Withdrawn member 1',
      alias: null,
      email: null,
      phone: null,
      notes: null,
      organisationName: null,
      languages: [],
      preferredLanguage: null,
      mayContact: false,
      mayBeNamed: false,
      category: 'current_migrant_worker',
      joinedOn: '2025-03-01',
      active: false,
    });
    expect(member.withdrawnAt).toEqual(expect.any(String));
  });

  it('removes the member from free-text search', async () => {
    expect((await ok<{ total: number }>(temp.dispatch, 'members.list', { search: 'Zoraida' })).total).toBe(1);
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    for (const search of ['Zoraida', 'ybarrita', 'quetzal@example', 'Withdrawn']) {
      expect((await ok<{ total: number }>(temp.dispatch, 'members.list', { search })).total, search).toBe(0);
    }
    for (const table of ['member_search', 'member_search_grams']) {
      const index = temp.ledger.sqlite.prepare(`select count(*) as n from ${table} where rowid = ?`).get(id) as { n: number };
      expect(index.n, table).toBe(0);
    }
  });

  it('scrubs the audit log and records the withdrawal without the erased values', async () => {
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    const rows = temp.ledger.sqlite.prepare('select operation, entity_type, entity_id, changes from audit_log order by id').all() as {
      operation: string;
      changes: string;
    }[];
    const everything = rows.map((row) => row.changes).join('\n');
    for (const erased of [name, alias, email, phone, note]) expect(everything).not.toContain(erased);
    const withdrawal = rows.find((row) => row.operation === 'members.withdraw');
    expect(withdrawal).toBeDefined();
    expect(JSON.parse(withdrawal?.changes ?? '{}')).toMatchObject({ withdrawn: { from: false, to: true }, displayName: { to: 'Withdrawn member 1' } });
    // Other members' audit entries are untouched.
    expect(everything).toContain('Another Worker');
  });

  it("scrubs the erased values from other areas' audit entries too, leaving the rest of their text", async () => {
    // As a meetings area might write it: the name inside another record's diff.
    temp.ledger.sqlite
      .prepare("insert into audit_log (at, operation, entity_type, entity_id, changes) values ('2026-01-01T00:00:00Z', 'meetings.update', 'meeting', 7, ?)")
      .run(JSON.stringify({ speakers: { from: null, to: [`${name} (testimony)`, 'Another Worker'] }, contact: { from: null, to: email } }));
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    const row = temp.ledger.sqlite.prepare("select changes from audit_log where entity_type = 'meeting'").get() as { changes: string };
    expect(JSON.parse(row.changes)).toEqual({ speakers: { from: null, to: ['[erased] (testimony)', 'Another Worker'] }, contact: { from: null, to: '[erased]' } });
  });

  it('unlinks an organisation from its own member record when that member withdraws', async () => {
    const organisation = await ok<{ id: number }>(temp.dispatch, 'organisations.create', {
      organisation: { name: 'Quetzal Growers', sector: 'employer', cityOrRegion: null, website: null },
    });
    const enrolled = await ok<{ networkMemberId: number }>(temp.dispatch, 'organisations.enrolAsMember', { id: organisation.id, joinedOn: '2025-01-01' });
    await ok(temp.dispatch, 'members.withdraw', { id: enrolled.networkMemberId, confirmErasure: true });
    expect(await ok(temp.dispatch, 'organisations.get', { id: organisation.id })).toMatchObject({ name: 'Quetzal Growers', networkMemberId: null });
    expect(await ok(temp.dispatch, 'members.get', { id: enrolled.networkMemberId })).toMatchObject({ kind: 'organisation', category: 'employer', displayName: 'Withdrawn member 1' });
  });

  it('refuses without confirmation, twice, and any later edit', async () => {
    const unconfirmed = await temp.dispatch('members.withdraw', { id });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await ok<{ displayName: string }>(temp.dispatch, 'members.get', { id })).displayName).toBe(name);

    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    expect(await temp.dispatch('members.withdraw', { id, confirmErasure: true })).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    const current = await ok<Record<string, unknown>>(temp.dispatch, 'members.get', { id });
    expect(await temp.dispatch('members.update', { id, member: { ...draftOf(current), displayName: name, alias: 'Heron' } })).toMatchObject({
      ok: false,
      error: { code: 'illegal_transition' },
    });
  });

  it('numbers withdrawn members in order', async () => {
    const second = await addMember(temp.dispatch, { displayName: 'Second Leaver' });
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    const result = await ok<{ label: string }>(temp.dispatch, 'members.withdraw', { id: second, confirmErasure: true });
    expect(result.label).toBe('Withdrawn member 2');
  });
});

function fileBytesAfterCheckpoint(temp: TempLedger): string {
  temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return fileBytes(temp.ledger.path);
}

describe('withdrawal and the records linked to the member', () => {
  let temp: TempLedger;
  let id: number;
  let linked: LinkedRecords;

  beforeEach(async () => {
    temp = await openTempLedger({ now: () => new Date('2026-12-20T12:00:00Z') });
    id = await addMember(temp.dispatch, { displayName: name, alias, email, phone, mayBeNamed: true, joinedOn: '2025-03-01' });
    linked = await recordLinkedRecords(temp.dispatch, id, { name, alias });
  });
  afterEach(async () => temp.close());

  it('shows the neutral label for testimony, action item and ballot, and keeps them counted', async () => {
    const before = await ok<Minutes>(temp.dispatch, 'minutes.get', { meetingId: linked.meetingId });
    expect(before.sections[0]?.testimonies[0]).toMatchObject({ speaker: name, speakerIsAlias: false });

    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });

    const minutes = await ok<Minutes>(temp.dispatch, 'minutes.get', { meetingId: linked.meetingId });
    const section = minutes.sections[0];
    expect(section?.testimonies).toEqual([
      {
        id: expect.any(Number),
        memberId: id,
        speaker: 'Withdrawn member 1',
        speakerIsAlias: false,
        summary: 'Withdrawn member 1 described unpaid overtime; Withdrawn member 1 asked for follow-up.',
      },
    ]);
    expect(section?.notes).toBe('Withdrawn member 1 spoke first. Thanks to Withdrawn member 1 for translating.');
    expect(section?.decisions).toBe('Refer housing to the policy group.');
    expect(minutes.actionItems).toHaveLength(1);
    expect(minutes.actionItems[0]).toMatchObject({
      ownerMemberId: id,
      owner: 'Withdrawn member 1',
      description: 'Call Withdrawn member 1 about the housing survey',
    });

    const votes = await ok<Vote[]>(temp.dispatch, 'votes.listForMeeting', { meetingId: linked.meetingId });
    const rollCallVote = votes.find((vote) => vote.id === linked.voteId);
    expect(rollCallVote?.tally).toEqual({ for: 2, against: 0, abstain: 1, block: 0 });
    expect(rollCallVote?.ballots.find((ballot) => ballot.memberId === id)).toMatchObject({ name: 'Withdrawn member 1', isAlias: false, choice: 'for' });
    // The motions they moved show the label, and the words typed about them name nobody.
    const [amendment, floor] = votes;
    expect(amendment?.mover).toEqual({ memberId: id, name: 'Withdrawn member 1', isAlias: false });
    expect(amendment?.motion.text).toBe('Open work permits, as Withdrawn member 1 proposed.');
    expect(floor?.motion).toMatchObject({ title: 'Thanks to Withdrawn member 1', text: 'The Network thanks Withdrawn member 1.' });
    expect(floor?.corrections[0]?.reason).toBe('Withdrawn member 1 abstained by mistake');

    const rollCall = await ok<RollCall>(temp.dispatch, 'meetings.rollCall.get', { meetingId: linked.meetingId });
    expect(rollCall.entries.find((entry) => entry.memberId === id)).toMatchObject({ name: 'Withdrawn member 1', presence: 'remote' });
  });

  it("erases a name followed by an apostrophe-s, straight or curly, and keeps the possessive", async () => {
    const minutes = await ok<Minutes>(temp.dispatch, 'minutes.get', { meetingId: linked.meetingId });
    await ok(temp.dispatch, 'minutes.section.update', {
      sectionId: minutes.sections[0]!.id,
      notes: `${alias}’s visa expires; ${name.toUpperCase()}'S contract ends.`,
      decisions: 'Refer housing to the policy group.',
    });
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    const after = await ok<Minutes>(temp.dispatch, 'minutes.get', { meetingId: linked.meetingId });
    expect(after.sections[0]?.notes).toBe("Withdrawn member 1’s visa expires; Withdrawn member 1'S contract ends.");
  });

  it('erases a name typed with another apostrophe than the register has (found in SQL, then replaced)', async () => {
    const other = await addMember(temp.dispatch, { displayName: 'Aoife O’Brien', alias: 'Wren' });
    const minutes = await ok<Minutes>(temp.dispatch, 'minutes.get', { meetingId: linked.meetingId });
    await ok(temp.dispatch, 'minutes.section.update', {
      sectionId: minutes.sections[0]!.id,
      notes: "AOIFE O'BRIEN's shift changed.",
      decisions: 'Refer housing to the policy group.',
    });
    const { label } = await ok<{ label: string }>(temp.dispatch, 'members.withdraw', { id: other, confirmErasure: true });
    const after = await ok<Minutes>(temp.dispatch, 'minutes.get', { meetingId: linked.meetingId });
    expect(after.sections[0]?.notes).toBe(`${label}'s shift changed.`);
  });

  it('leaves neither name nor alias in the database file, though minutes and testimony mentioned them', async () => {
    expect(fileBytesAfterCheckpoint(temp)).toContain(utf8InLatin1(`Thanks to ${alias}`));
    await ok(temp.dispatch, 'members.withdraw', { id, confirmErasure: true });
    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    temp.ledger.sqlite.exec('VACUUM');
    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const after = fileBytes(temp.ledger.path);
    for (const erased of [name, name.toUpperCase(), alias, email, phone]) {
      expect(after, `"${erased}" is still in the file`).not.toContain(utf8InLatin1(erased));
    }
    expect(after).toContain(utf8InLatin1('Refer housing to the policy group.'));
  });
});
