import { afterEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { callOk } from '../../support/call-operation';
import type { MemberDraft } from '../../../shared/domain/member';

const draft: MemberDraft = {
  kind: 'individual',
  displayName: 'Rosa Secret-Name',
  alias: 'Sandpiper',
  category: 'current_migrant_worker',
  organisationName: null,
  languages: ['es'],
  preferredLanguage: 'es',
  email: 'rosa.hidden@example.org',
  phone: '+1 604 555 0134',
  mayContact: true,
  mayBeNamed: false,
  joinedOn: '2026-02-01',
  leftOn: null,
  notes: 'Testified about unpaid overtime',
};

describe('the audit log view', () => {
  let temp: TempLedger | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  async function ledgerWithHistory() {
    let time = Date.parse('2026-03-01T10:00:00.000Z');
    temp = await openTempLedger({ now: () => new Date((time += 60_000)), actor: 'coordinator-ana' });
    const { dispatch } = temp;
    await callOk(dispatch, 'ledger.loadDemo', {});
    // The demo network writes its own entries (members, meetings, recommendations through their services).
    const demoEntries = (await callOk(dispatch, 'audit.list', {})).total;
    const rosa = await callOk(dispatch, 'members.create', { member: draft });
    time = Date.parse('2026-03-05T09:00:00.000Z');
    await callOk(dispatch, 'members.update', { id: rosa.id, member: { ...draft, phone: null, notes: 'Moved away' } });
    return { dispatch, rosa, demoEntries };
  }

  it('lists who did what when, newest first, with the fields changed and never their values', async () => {
    const { dispatch, rosa, demoEntries } = await ledgerWithHistory();
    const page = await callOk(dispatch, 'audit.list', {});
    expect(page.total).toBe(demoEntries + 2);
    expect(page.items.slice(0, 2).map((item) => item.operation)).toEqual(['members.update', 'members.create']);
    expect(page.items[0]).toMatchObject({ actor: 'coordinator-ana', entityType: 'member', entityId: rosa.id, changedFields: ['notes', 'phone'] });
    expect(page.items[0]!.at).toMatch(/^2026-03-05T09:0/);
    expect(page.operations).toEqual(expect.arrayContaining(['ledger.loadDemo', 'members.create', 'members.update']));
    expect(page.entityTypes).toEqual(expect.arrayContaining(['ledger', 'member']));
    const everything = JSON.stringify(page);
    for (const secret of ['Rosa', 'rosa.hidden', '555 0134', 'overtime', 'Moved away']) expect(everything).not.toContain(secret);
  });

  it('filters by operation, record and dates', async () => {
    const { dispatch, rosa, demoEntries } = await ledgerWithHistory();
    const byOperation = await callOk(dispatch, 'audit.list', { operation: 'members.create' });
    expect(byOperation.items.map((item) => item.entityId)).toEqual([rosa.id]);
    const byEntity = await callOk(dispatch, 'audit.list', { entityType: 'member', entityId: rosa.id });
    expect(byEntity.total).toBe(2);
    const byDates = await callOk(dispatch, 'audit.list', { from: '2026-03-02', to: '2026-03-05' });
    expect(byDates.items.map((item) => item.operation)).toEqual(['members.update']);
    const beforeAll = await callOk(dispatch, 'audit.list', { to: '2026-02-28' });
    expect(beforeAll.total).toBe(0);
    const paged = await callOk(dispatch, 'audit.list', { limit: 1, offset: 1 });
    expect(paged).toMatchObject({ total: demoEntries + 2, items: [{ operation: 'members.create' }] });
  });

  it('shows the history of a withdrawn member without any of the erased values', async () => {
    const { dispatch, rosa } = await ledgerWithHistory();
    await callOk(dispatch, 'members.withdraw', { id: rosa.id, confirmErasure: true });
    const history = await callOk(dispatch, 'audit.list', { entityType: 'member', entityId: rosa.id });
    expect(history.items.map((item) => item.operation)).toEqual(['members.withdraw', 'members.update', 'members.create']);
    const everything = JSON.stringify(await callOk(dispatch, 'audit.list', { limit: 200 }));
    for (const secret of ['Rosa', 'rosa.hidden', '555 0134', 'overtime', 'Moved away']) expect(everything).not.toContain(secret);
  });

  it('rejects a malformed filter naming the field', async () => {
    temp = await openTempLedger();
    const result = await temp.dispatch('audit.list', { from: '2026-02-30' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]).toMatchObject({ path: 'from' });
  });
});
