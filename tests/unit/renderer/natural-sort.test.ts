import { describe, expect, it } from 'vitest';
import { compareNames, sortByName } from '../../../renderer/src/i18n/collator';

describe('names sort as people read them', () => {
  it('puts "Pérez 20" before "Pérez 100", and ignores accents and case', () => {
    const names = ['Pérez 100', 'pérez 20', 'Pérez 3', 'Zoë', 'émile', 'Emma'];
    expect([...names].sort((a, b) => compareNames(a, b, 'en'))).toEqual(['émile', 'Emma', 'Pérez 3', 'pérez 20', 'Pérez 100', 'Zoë']);
  });

  it('sorts records by the name they show, leaving the list given untouched', () => {
    const rows = [{ name: 'Worker 10' }, { name: 'Worker 9' }];
    expect(sortByName(rows, (row) => row.name, 'fr').map((row) => row.name)).toEqual(['Worker 9', 'Worker 10']);
    expect(rows[0]?.name).toBe('Worker 10');
  });
});
