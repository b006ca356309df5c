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

  it('keeps short parts to whole words, like erasure; longer ones are shown inside longer words too', () => {
    expect(findRedactionHits('minutes_shared', notes('Junction of Lifeline'), workers)).toEqual([]);
    // Erasure would remove "Nuñez" there (folded-matches.ts): the check shows the coordinator first.
    expect(findRedactionHits('minutes_shared', notes('Junction of Nuñezville'), workers).map((hit) => hit.matchedText)).toEqual(['Nuñez']);
  });

  it("treats an apostrophe-s after a name as the end of the name, straight or curly", () => {
    const rosalinda = [{ memberId: 21, displayName: 'Rosalinda Quispe' }, { memberId: 22, displayName: 'Bo' }];
    for (const possessive of ["'s", '’s', "'", '’']) {
      const hits = findRedactionHits('minutes_shared', notes(`Rosalinda${possessive} shift and Bo${possessive} visa`), rosalinda);
      expect(hits.map((hit) => hit.matchedText), possessive).toEqual(['Rosalinda', 'Bo']);
    }
    expect(findRedactionHits('minutes_shared', notes('Bos and Boss'), rosalinda)).toEqual([]);
  });

  it('finds a Chinese name written with a space inside text without spaces, and its given name alone', () => {
    const spaced = [{ memberId: 31, displayName: '王 小梅' }];
    expect(findRedactionHits('quarterly_report', notes('我们感谢王小梅的发言。小梅也来了。'), spaced).map((hit) => hit.matchedText)).toEqual([
      '王小梅',
      '小梅',
    ]);
  });

  it('gives stable keys', () => {
    const first = findRedactionHits('minutes_shared', notes('María met us'), workers);
    const second = findRedactionHits('minutes_shared', notes('María met us'), workers);
    expect(first[0]!.key).toBe(second[0]!.key);
  });

  it('finds a name followed by a possessive, straight or curly, whole or in part', () => {
    const named = [{ memberId: 41, displayName: 'Rosalinda Reyes' }];
    const text = "Rosalinda’s letter, ROSALINDA'S reply, Reyes’ account, Rosalinda Reyes's testimony.";
    expect(findRedactionHits('minutes_members', notes(text), named).map((hit) => hit.matchedText)).toEqual([
      'Rosalinda',
      'ROSALINDA',
      'Reyes',
      'Rosalinda Reyes',
    ]);
  });

  it('finds a whole name typed with another apostrophe than the register has, possessive and all', () => {
    const named = [{ memberId: 42, displayName: 'Aoife O’Brien' }];
    const hits = findRedactionHits('minutes_shared', notes("AOIFE O'BRIEN's shift; Aoife O’Brien’s visa"), named);
    expect(hits.map((hit) => hit.matchedText)).toEqual(["AOIFE O'BRIEN", 'Aoife O’Brien']);
  });
});
