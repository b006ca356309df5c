const extraFoldings: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  // Greek final sigma is the same letter as σ (lower-casing a lone Σ gives σ, a word-final one ς).
  ς: 'σ',
};

const plainAscii = /^[\x20-\x7e]*$/;

/**
 * Which folding the stored search index was built with. 1: Latin accents only; 2: Greek and Cyrillic
 * accents too, and the final sigma as σ; 3: the curly and modifier apostrophes as the straight one.
 */
export const foldVersion = 3;

/**
 * A name is typed with whichever apostrophe the keyboard or word processor gives: "O’Brien" in the
 * register is "O'Brien" in a note. One character for one, so a folded text still maps back.
 */
const typedApostrophes = /[\u2018\u2019\u02bc]/g;

/**
 * Folds case, accents, Unicode normalisation (NFC and NFD, compatibility forms) and the kind of
 * apostrophe but keeps spacing as it is: "Núñez", "NUNEZ" and a decomposed "Nu\u0303n\u0303ez" all
 * become "nunez"; "Σοφία" and "ΣΟΦΙΑ" both become "σοφια"; "O’Brien" becomes "o'brien"; full-width
 * letters and ligatures become plain letters. Every step works within one character and its marks,
 * so folding a text piece by piece gives the same letters as folding it whole (folded-matches.ts
 * relies on that). Accents are stripped only after Latin, Greek
 * and Cyrillic letters: in Gurmukhi or Devanagari the marks are vowels, and are kept (in one
 * normalisation, so NFC and NFD spellings still match).
 *
 * Changing what this returns for any text a ledger may hold makes its search index stale: raise
 * foldVersion with it, so existing ledgers are re-indexed when opened (search/refresh-search-index.ts).
 */
export function foldLetters(text: string): string {
  // Plain ASCII needs no Unicode work; the same result, much sooner (sorting 20,000 names folds each one).
  if (plainAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đðøłßæœıς]/g, (letter) => extraFoldings[letter] ?? letter)
    .replace(typedApostrophes, "'");
}

/**
 * The one text folding of the app, with runs of spacing made one space. The search index, the
 * redaction check, erasure, duplicate detection and the SQL function fold_text (registered on every
 * connection, see sqlite/fold-function.ts) all use it, so they agree.
 */
export function foldForSearch(text: string): string {
  return foldLetters(text).replace(/\s+/g, ' ').trim();
}

/** Splits a search box entry into the folded words that must all appear. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(' ')
    .filter((term) => term.length > 0);
}
