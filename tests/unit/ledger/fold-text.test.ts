import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldLetters, searchTerms } from '../../../electron/ledger/search/fold-text';

describe('folding text for search', () => {
  it('drops Latin accents and case', () => {
    expect(foldForSearch('José NÚÑEZ')).toBe('jose nunez');
    expect(foldForSearch('Nguyễn Đức Huy')).toBe('nguyen duc huy');
    expect(foldForSearch('Geneviève Côté')).toBe('genevieve cote');
  });

  it('folds NFD like NFC, full-width letters, and Greek and Cyrillic accents and final sigma', () => {
    expect(foldForSearch('José Núñez'.normalize('NFD'))).toBe('jose nunez');
    expect(foldForSearch('ＮＵＮＥＺ')).toBe('nunez');
    expect(foldForSearch('ΣΟΦΙΑ')).toBe(foldForSearch('Σοφία'));
    expect(foldForSearch('Οδυσσεύς')).toBe('οδυσσευσ');
    expect(foldForSearch('Ёлкин')).toBe(foldForSearch('ЕЛКИН'));
  });

  it('reads the curly and modifier apostrophes as the straight one', () => {
    for (const typed of ['O’Brien', 'O‘Brien', 'OʼBRIEN', "o'brien"]) expect(foldForSearch(typed), typed).toBe("o'brien");
    expect(foldForSearch('Rosalinda’s Núñez')).toBe("rosalinda's nunez");
  });

  it('keeps the vowel signs of Gurmukhi and leaves Chinese alone', () => {
    expect(foldForSearch('ਹਰਪ੍ਰੀਤ ਸਿੰਘ'.normalize('NFD'))).toBe(foldForSearch('ਹਰਪ੍ਰੀਤ ਸਿੰਘ'));
    expect(foldForSearch('ਹਰਪ੍ਰੀਤ ਸਿੰਘ')).toBe('ਹਰਪ੍ਰੀਤ ਸਿੰਘ'.normalize('NFC'));
    expect(foldForSearch('王小梅')).toBe('王小梅');
  });

  it('folds letter by letter as it folds the whole text, in Greek and Cyrillic too (folded-matches.ts relies on it)', () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const byPiece = (text: string) => [...graphemes.segment(text)].map(({ segment }) => foldLetters(segment)).join('');
    for (const text of ['ΟΔΥΣΣΕΑΣ ΠΑΠΑΣ', 'Οδυσσεύς', 'Ἀθηνᾶ', 'Алёна Ёлкина', 'Núñez'.normalize('NFD'), 'ＮＵＮＥＺ', 'Straße', 'Ó’Brien']) {
      expect(byPiece(text), text).toBe(foldLetters(text));
    }
    const letters = fc.constantFrom(...'ΣσςΆάΈέΪΐΰϋЁёЙйÁáÑñİıßﬁ ΑΒΓ'.split(''), '\u0301', '\u0308', 'a', 'Σ');
    fc.assert(fc.property(fc.array(letters, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      return byPiece(text) === foldLetters(text) || /^\p{M}/u.test(text);
    }));
  });

  it('splits a search into folded words', () => {
    expect(searchTerms('  María   José ')).toEqual(['maria', 'jose']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('folds plain ASCII (its shortcut) exactly as the full Unicode folding does', () => {
    // Prefixing "É" sends the same text down the full path; the results must agree letter for letter.
    const asciiWord = fc.stringMatching(/^[!-~][ -~]*$/);
    fc.assert(fc.property(asciiWord, (text) => foldForSearch(`É${text}`) === `e${foldForSearch(text)}`));
  });
});
