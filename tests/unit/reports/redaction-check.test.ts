import { describe, expect, it } from 'vitest';
import { findRedactionHits, type TextToCheck } from '../../../electron/reports/privacy/redaction-check';

const workers = [
  { memberId: 7, displayName: 'María José Núñez' },
  { memberId: 9, displayName: 'Jun Li' },
  { memberId: 11, displayName: '王小梅' },
  { memberId: 12, displayName: 'Σοφία Παπαδοπούλου' },
];
const notes = (text: string): TextToCheck[] => [{ field: 'sectionNotes', where: 'Worker voices', text }];

describe('findRedactionHits', () => {
  it('finds a full name whatever its accents and case, and says where', () => {
    const hits = findRedactionHits('minutes_shared', notes('Thanks to MARIA JOSE NUNEZ for speaking.'), workers);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      document: 'minutes_shared',
      field: 'sectionNotes',
      where: 'Worker voices',
      memberId: 7,
      matchedText: 'MARIA JOSE NUNEZ',
    });
    expect(hits[0]!.excerpt).toContain('MARIA JOSE NUNEZ');
  });

  it('finds a name typed in NFD, in full-width letters, or with a hyphen for a space', () => {
    const nfd = 'María José Núñez'.normalize('NFD');
    expect(findRedactionHits('quarterly_report', notes(`Met ${nfd}.`), workers)).toHaveLength(1);
    expect(findRedactionHits('quarterly_report', notes('Met ＮＵＮＥＺ.'), workers).map((hit) => hit.memberId)).toEqual([7]);
    expect(findRedactionHits('quarterly_report', notes('Met Maria-Jose Nunez.'), workers).map((hit) => hit.memberId)).toEqual([7]);
  });

  it('finds names in other scripts: Greek without accents, Chinese without spaces', () => {
    expect(findRedactionHits('quarterly_report', notes('Η ΣΟΦΙΑ μίλησε.'), workers).map((hit) => hit.memberId)).toEqual([12]);
    const chinese = findRedactionHits('quarterly_report', notes('我们感谢王小梅的发言。'), workers);
    expect(chinese.map((hit) => hit.matchedText)).toEqual(['王小梅']);
  });

  it('finds one part of a name on its own, but not a two-letter part', () => {
    const hits = findRedactionHits('minutes_members', notes('Núñez spoke; Li was absent; Jun came.'), workers);
    expect(hits.map((hit) => hit.matchedText)).toEqual(['Núñez', 'Jun']);
  });

  it('does not match inside longer words and gives stable keys', () => {
    expect(findRedactionHits('minutes_shared', notes('Junction of Nuñezville'), workers)).toEqual([]);
    const first = findRedactionHits('minutes_shared', notes('María met us'), workers);
    const second = findRedactionHits('minutes_shared', notes('María met us'), workers);
    expect(first[0]!.key).toBe(second[0]!.key);
  });
});
