import { describe, expect, it } from 'vitest';
import { findRedactionHits } from '../../../electron/reports/privacy/redaction-check';

const workers = [
  { memberId: 7, displayName: 'María José Núñez' },
  { memberId: 9, displayName: 'Jun Li' },
];

describe('findRedactionHits', () => {
  it('finds a full name whatever its accents and case', () => {
    const hits = findRedactionHits(
      [{ source: 'highlights', where: '', text: 'Thanks to MARIA JOSE NUNEZ for speaking.' }],
      workers,
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ memberId: 7, matchedText: 'MARIA JOSE NUNEZ' });
    expect(hits[0]!.excerpt).toContain('MARIA JOSE NUNEZ');
  });

  it('finds one part of a name on its own, but not a two-letter part', () => {
    const hits = findRedactionHits(
      [{ source: 'challenges', where: '', text: 'Núñez spoke; Li was absent; Jun came.' }],
      workers,
    );
    expect(hits.map((hit) => hit.matchedText)).toEqual(['Núñez', 'Jun']);
  });

  it('does not match inside longer words and gives stable keys', () => {
    const text = 'Junction of Nuñezville';
    expect(findRedactionHits([{ source: 'highlights', where: '', text }], workers)).toEqual([]);
    const first = findRedactionHits([{ source: 'highlights', where: '', text: 'María met us' }], workers);
    const second = findRedactionHits([{ source: 'highlights', where: '', text: 'María met us' }], workers);
    expect(first[0]!.key).toBe(second[0]!.key);
  });

  it('finds a name followed by a possessive, straight or curly, and keeps an apostrophe inside a name', () => {
    const named = [...workers, { memberId: 11, displayName: 'Rosalinda Reyes' }, { memberId: 12, displayName: 'Aoife O’Brien' }];
    const text = "Rosalinda’s letter, ROSALINDA'S reply, Reyes’ account, Rosalinda Reyes's testimony; O'Brien's shift.";
    const hits = findRedactionHits([{ source: 'highlights', where: '', text }], named);
    expect(hits.map((hit) => [hit.memberId, hit.matchedText])).toEqual([
      [11, 'Rosalinda Reyes'],
      [11, 'Rosalinda'],
      [11, 'ROSALINDA'],
      [11, 'Reyes'],
      [12, "O'Brien"],
    ]);
    // The possessive is no boundary inside a longer word, and an apostrophe does not split a name.
    expect(findRedactionHits([{ source: 'highlights', where: '', text: 'Rosalindas and Brien were there.' }], named)).toEqual([]);
  });
});
