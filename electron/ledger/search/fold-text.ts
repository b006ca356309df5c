const extraLatinFoldings: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

const plainAscii = /^[\x20-\x7e]*$/;

/**
 * Folds text so that searching ignores case and Latin accents: "Núñez" and "NUNEZ" both become
 * "nunez". Marks are stripped only after Latin letters: in Gurmukhi or Devanagari they are vowels.
 */
export function foldForSearch(text: string): string {
  // Plain ASCII needs no Unicode work; the same result, much sooner (sorting 20,000 names folds each one).
  if (plainAscii.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đðøłßæœı]/g, (letter) => extraLatinFoldings[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a search box entry into the folded words that must all appear. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}
