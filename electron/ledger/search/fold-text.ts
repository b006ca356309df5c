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
 * Folds case, Latin accents and Unicode normalisation (NFC and NFD, compatibility forms) but keeps
 * spacing as it is. Every step works within one character and its marks, so folding a text piece by
 * piece gives the same letters as folding it whole (folded-matches.ts relies on that).
 * Marks are stripped only after Latin letters: in Gurmukhi or Devanagari they are vowels.
 */
export function foldLetters(text: string): string {
  // Plain ASCII needs no Unicode work; the same result, much sooner (sorting 20,000 names folds each one).
  if (plainAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đðøłßæœı]/g, (letter) => extraLatinFoldings[letter] ?? letter);
}

/**
 * The one text folding of the app: "Núñez", "NUNEZ" and a decomposed "Nu\u0303n\u0303ez" all become
 * "nunez". The search index, the redaction check, duplicate detection and the SQL function fold_text
 * (registered on every connection, see sqlite/fold-function.ts) all use it, so they agree.
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
