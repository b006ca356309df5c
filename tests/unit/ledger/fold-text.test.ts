import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTerms } from '../../../electron/ledger/search/fold-text';

describe('folding text for search', () => {
  it('drops Latin accents and case', () => {
    expect(foldForSearch('José NÚÑEZ')).toBe('jose nunez');
    expect(foldForSearch('Nguyễn Đức Huy')).toBe('nguyen duc huy');
    expect(foldForSearch('Geneviève Côté')).toBe('genevieve cote');
  });

  it('keeps the vowel signs of Gurmukhi and leaves Chinese alone', () => {
    expect(foldForSearch('ਹਰਪ੍ਰੀਤ ਸਿੰਘ')).toBe('ਹਰਪ੍ਰੀਤ ਸਿੰਘ'.normalize('NFC'));
    expect(foldForSearch('王小梅')).toBe('王小梅');
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
