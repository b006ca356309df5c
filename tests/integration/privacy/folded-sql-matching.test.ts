import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMember, ok } from '../registry/registry-fixtures';

// SQLite's lower() and LIKE fold ASCII only: these searches failed for accents, capitals and NFD before
// the app's folding was registered as fold_text on every connection.

const societe = 'Société Agricole Núñez';

describe('name matching through fold_text', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => {
    await temp.close();
  });

  it('is registered on the ledger connection', () => {
    const folded = temp.ledger.sqlite.prepare('select fold_text(?)').pluck().get('ĐẶNG THỊ LAN  Nu\u0303n\u0303ez');
    expect(folded).toBe('dang thi lan nunez');
  });

  it('finds organisations ignoring case, accents and the Unicode form', async () => {
    await ok(temp.dispatch, 'organisations.create', { organisation: { name: societe, sector: null, cityOrRegion: null, website: null } });
    await ok(temp.dispatch, 'organisations.create', { organisation: { name: 'Fraser Valley Growers', sector: null, cityOrRegion: null, website: null } });
    for (const search of ['agricole nunez', 'SOCIÉTÉ', societe.normalize('NFD'), 'núñez']) {
      const found = await ok<{ items: { name: string }[] }>(temp.dispatch, 'organisations.list', { search });
      expect(found.items.map((item) => item.name), search).toEqual([societe]);
    }
  });

  it('treats a name typed without accents or in capitals as the same organisation', async () => {
    await ok(temp.dispatch, 'organisations.create', { organisation: { name: societe, sector: null, cityOrRegion: null, website: null } });
    const duplicate = await temp.dispatch('organisations.create', { organisation: { name: 'SOCIETE AGRICOLE NUNEZ', sector: null, cityOrRegion: null, website: null } });
    expect(duplicate.ok).toBe(false);
    // A member's organisation typed in another form joins the existing one instead of creating a second.
    await addMember(temp.dispatch, { displayName: 'Worker One', organisationName: societe.normalize('NFD').toUpperCase() });
    const all = await ok<{ items: { name: string; peopleCount: number }[] }>(temp.dispatch, 'organisations.list', { search: '' });
    expect(all.items).toEqual([expect.objectContaining({ name: societe, peopleCount: 1 })]);
  });

  it('finds recommendations by title or text ignoring case, accents and the Unicode form', async () => {
    const draft = { kind: 'policy', title: 'Vivienda digna para trabajadoras', text: 'Propuesta de la señora Đặng sobre la vivienda', rationale: null, workingGroupId: null, workingGroupName: null, draftedOn: '2026-10-01' };
    await ok(temp.dispatch, 'recommendations.create', { recommendation: draft });
    await ok(temp.dispatch, 'recommendations.create', { recommendation: { ...draft, title: 'Transit passes', text: 'Bus passes for plenary days' } });
    for (const search of ['VIVIENDA DIGNA', 'senora dang', 'Đặng'.normalize('NFD'), 'SEÑORA']) {
      const found = await ok<{ items: { title: string }[] }>(temp.dispatch, 'recommendations.list', { search });
      expect(found.items.map((item) => item.title), search).toEqual([draft.title]);
    }
    // Wildcards are text, not patterns.
    expect((await ok<{ total: number }>(temp.dispatch, 'recommendations.list', { search: '%' })).total).toBe(0);
  });
});
