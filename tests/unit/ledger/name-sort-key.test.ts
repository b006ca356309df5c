import { describe, expect, it } from 'vitest';
import { nameSortKey } from '../../../electron/ledger/search/name-sort-key';

describe('names sort as people read them in the ledger', () => {
  it('puts numbers in order of value and ignores accents and case', () => {
    const names = ['Pérez 100', 'perez 20', 'Pérez 3', 'Émile', 'emily', 'Zoë', 'Ana'];
    const sorted = [...names].sort((a, b) => (nameSortKey(a) ?? '').localeCompare(nameSortKey(b) ?? ''));
    expect(sorted).toEqual(['Ana', 'Émile', 'emily', 'Pérez 3', 'perez 20', 'Pérez 100', 'Zoë']);
  });

  it('leaves a missing name missing', () => {
    expect(nameSortKey(null)).toBeNull();
  });
});
