const extraFoldings: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  // Greek final sigma is the same letter as σ.
  ς: 'σ',
};

const plainAscii = /^[\x20-\x7e]*$/;

/**
 * Folds text so that searching ignores case, accents and Unicode normalisation: "Núñez", "NUNEZ"
 * and the same name typed in NFD (letters followed by combining accents) all become "nunez";
 * "Σοφία" and "ΣΟΦΙΑ" both become "σοφια"; full-width letters and ligatures become plain letters.
 * Accents are stripped only after Latin, Greek and Cyrillic letters: in Gurmukhi or Devanagari the
 * marks are vowels, and are kept (in one normalisation, so NFC and NFD spellings still match).
 */
export function foldForSearch(text: string): string {
  // Plain ASCII needs no Unicode work; the same result, much sooner (sorting 20,000 names folds each one).
  if (plainAscii.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đðøłßæœıς]/g, (letter) => extraFoldings[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a search box entry into the folded words that must all appear. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}
