import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../electron/ledger/ledger';
import { createDispatcher, type Dispatch } from '../../../electron/handlers/dispatch';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { Member } from '../../../shared/domain/member';
import type { RollCall } from '../../../shared/domain/attendance';
import { callOk } from '../../support/call-operation';
import { memberDraft } from '../../support/member-drafts';
import { makeTempDir } from '../../support/temp-ledger';
import { coordinatorRoles, createTestDatabase, testEngine, type TestDatabase } from '../../support/test-engine';
import { meetingInput, ok } from '../meetings/meeting-fixtures';
import { meetingDraft, organisationDraft, recommendationDraft } from '../../support/seed';

// Two coordinators in one ledger, each with a connection of their own: on PostgreSQL each signs in with
// a role of their own; on SQLite, two connections to the one file, each with its account name.

interface Coordinator {
  name: string;
  ledger: Ledger;
  dispatch: Dispatch;
}

const opened: Ledger[] = [];
let database: TestDatabase | null = null;
afterEach(async () => {
  for (const ledger of opened.splice(0)) await ledger.close();
  await database?.drop();
  database = null;
});

async function twoCoordinators(): Promise<[Coordinator, Coordinator]> {
  const dataDir = makeTempDir();
  const names = ['amira_bc', 'louis_qc'];
  if (testEngine() === 'postgres') {
    const db = await createTestDatabase();
    database = db;
    const roles = await coordinatorRoles(db, names);
    const coordinators: Coordinator[] = [];
    for (const role of roles) {
      const ledger = await openLedger({ path: '', databaseUrl: role.url });
      opened.push(ledger);
      coordinators.push({ name: role.name, ledger, dispatch: createDispatcher({ ledger, dataDir }, () => undefined) });
    }
    return coordinators as [Coordinator, Coordinator];
  }
  const ledgers = [];
  for (const name of names) {
    const ledger = await openLedger({ path: `${dataDir}/ledger.sqlite`, actor: name });
    opened.push(ledger);
    ledgers.push({ name, ledger, dispatch: createDispatcher({ ledger, dataDir }, () => undefined) });
  }
  return ledgers as [Coordinator, Coordinator];
}

describe('several coordinators in one ledger', () => {
  it('refuses the second save of the same member, naming who changed it and when, and keeps the first', async () => {
    const [amira, louis] = await twoCoordinators();
    const created = await callOk(amira.dispatch, 'members.create', { member: memberDraft() });
    // Both open the member's form on the same version.
    const amirasCopy = await callOk(amira.dispatch, 'members.get', { id: created.id });
    // What a save answers is the version the ledger holds, so a form kept open after it can save again.
    expect(created.version).toBe(amirasCopy.version);
    const louissCopy = await callOk(louis.dispatch, 'members.get', { id: created.id });
    expect(louissCopy.version).toBe(amirasCopy.version);

    const saved = await callOk(amira.dispatch, 'members.update', {
      id: created.id,
      member: memberDraft({ phone: '+1 604 555 0199' }),
      expectedVersion: amirasCopy.version,
    });
    expect(saved.version).toBe(amirasCopy.version + 1);

    const refused = await louis.dispatch('members.update', {
      id: created.id,
      member: memberDraft({ email: 'other@example.org' }),
      expectedVersion: louissCopy.version,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ code: 'conflict', reason: 'record.changedElsewhere', params: { who: amira.name } });
    expect(refused.error.message).toContain(amira.name);
    const when = (refused.error.params as { when: string }).when;
    expect(Date.parse(when)).not.toBeNaN();

    // Amira's change stands; Louis's did not half-happen.
    const now = await callOk<'members.get'>(louis.dispatch, 'members.get', { id: created.id });
    expect(now).toMatchObject<Partial<Member>>({ phone: '+1 604 555 0199', email: 'maria@example.org', version: saved.version });
    // From the fresh copy, Louis's save goes through, and the audit log says who made each change.
    await callOk(louis.dispatch, 'members.update', { id: created.id, member: memberDraft({ phone: '+1 604 555 0199', email: 'other@example.org' }), expectedVersion: now.version });
    const audit = await callOk(amira.dispatch, 'audit.list', { entityType: 'member', entityId: created.id, limit: 10, offset: 0 });
    expect(audit.items.map((entry) => [entry.operation, entry.actor])).toEqual([
      ['members.update', louis.name],
      ['members.update', amira.name],
      ['members.create', amira.name],
    ]);
  });

  it('refuses a stale save of an organisation, a working group, a meeting and a recommendation too', async () => {
    const [amira, louis] = await twoCoordinators();
    const organisation = await callOk(amira.dispatch, 'organisations.create', { organisation: organisationDraft({ name: 'Fraser Growers' }) });
    const group = await callOk(amira.dispatch, 'workingGroups.create', { group: { name: 'Housing', mandate: null, status: 'active' } });
    const { meeting } = await callOk(amira.dispatch, 'meetings.create', { meeting: meetingDraft({ title: 'Spring plenary' }) });
    const { recommendation } = await callOk(amira.dispatch, 'recommendations.create', { recommendation: recommendationDraft() });
    const edits = [
      (by: Coordinator, expectedVersion: number, title: string) =>
        by.dispatch('organisations.update', { id: organisation.id, organisation: organisationDraft({ name: title }), expectedVersion }),
      (by: Coordinator, expectedVersion: number, title: string) =>
        by.dispatch('workingGroups.update', { id: group.id, group: { name: title, mandate: null, status: 'active' }, expectedVersion }),
      (by: Coordinator, expectedVersion: number, title: string) =>
        by.dispatch('meetings.update', { id: meeting.id, meeting: meetingDraft({ title }), expectedVersion }),
      (by: Coordinator, expectedVersion: number, title: string) =>
        by.dispatch('recommendations.update', { id: recommendation.id, recommendation: recommendationDraft({ title }), expectedVersion }),
    ];
    const versions = [organisation.version, group.version, meeting.version, recommendation.version];
    for (const [index, edit] of edits.entries()) {
      const opened = versions[index] as number;
      expect((await edit(amira, opened, `First ${index}`)).ok).toBe(true);
      const refused = await edit(louis, opened, `Second ${index}`);
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'conflict', reason: 'record.changedElsewhere', params: { who: amira.name } });
      expect((await edit(louis, opened + 1, `Second ${index}`)).ok).toBe(true);
    }
  });

  // On PostgreSQL only: an SQLite ledger is one app's file (the data-folder lock keeps a second one out),
  // and two connections interleaving writes in one process would wait on each other.
  it.runIf(testEngine() === 'postgres')('loses no mark when both take the roll call at once', async () => {
    const [amira, louis] = await twoCoordinators();
    const members: number[] = [];
    for (let index = 0; index < 24; index += 1) {
      members.push((await callOk(amira.dispatch, 'members.create', { member: memberDraft({ displayName: `Person ${index}`, alias: `Alias ${index}` }) })).id);
    }
    const { meeting } = await ok<MeetingDetail>(amira.dispatch, 'meetings.create', { meeting: meetingInput({ kind: 'workers_forum', title: 'Forum' }) });
    for (const memberId of members) await callOk(amira.dispatch, 'meetings.rollCall.add', { meetingId: meeting.id, memberId });
    // Amira marks the even ones and Louis the odd ones, interleaved, each from their own connection.
    await Promise.all(
      members.map((memberId, index) =>
        callOk((index % 2 === 0 ? amira : louis).dispatch, 'meetings.rollCall.mark', {
          meetingId: meeting.id,
          memberId,
          presence: index % 3 === 0 ? 'remote' : 'in_person',
        }),
      ),
    );
    const rollCall: RollCall = await callOk(louis.dispatch, 'meetings.rollCall.get', { meetingId: meeting.id });
    const marked = new Map(rollCall.entries.map((entry) => [entry.memberId, entry.presence]));
    expect(members.map((memberId) => marked.get(memberId))).toEqual(members.map((_, index) => (index % 3 === 0 ? 'remote' : 'in_person')));
    expect(rollCall.totals.present).toBe(24);
  });
});
