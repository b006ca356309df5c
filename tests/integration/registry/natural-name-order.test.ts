import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { callOk, seedMember } from '../../support/seed';

describe('the members list sorts names as people read them', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => temp.close());

  it('puts "Pérez 20" before "Pérez 100" and ignores accents, in both directions', async () => {
    for (const displayName of ['Pérez 100', 'Perez 20', 'Émile Roy', 'Pérez 3', 'Ana Diaz']) {
      await seedMember(temp.dispatch, { displayName, email: null });
    }
    const ascending = await callOk(temp.dispatch, 'members.list', { sortBy: 'displayName', sortDirection: 'asc' });
    expect(ascending.items.map((member) => member.displayName)).toEqual(['Ana Diaz', 'Émile Roy', 'Pérez 3', 'Perez 20', 'Pérez 100']);
    const descending = await callOk(temp.dispatch, 'members.list', { sortBy: 'displayName', sortDirection: 'desc' });
    expect(descending.items.map((member) => member.displayName)).toEqual(['Pérez 100', 'Perez 20', 'Pérez 3', 'Émile Roy', 'Ana Diaz']);
  });
});
