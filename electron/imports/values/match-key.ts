import { foldLabel } from '../fold-label';

/** Little words that do not tell one category or language from another. */
const stopWords = new Set([
  'a',
  'an',
  'and',
  'for',
  'in',
  'of',
  'or',
  'the',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'pour',
  's',
  't',
]);

/** Abbreviations and spelling variants, read as the word they stand for. */
const wordFor: Record<string, string> = {
  assn: 'association',
  assoc: 'association',
  bc: 'british columbia',
  cb: 'colombie britannique',
  center: 'centre',
  dept: 'department',
  fed: 'federal',
  gouv: 'gouvernement',
  gov: 'government',
  govt: 'government',
  intl: 'international',
  labor: 'labour',
  org: 'organisation',
  organization: 'organisation',
};

/** Plural to singular, for English and French: agencies, unions, travailleurs, fédéraux. */
function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('aux') && word.length > 5) return `${word.slice(0, -3)}al`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "M.W." and "C.-B." fold to single letters; joined again they are the abbreviation. */
function joinInitials(words: readonly string[]): string[] {
  const joined: string[] = [];
  let initials = '';
  const flush = () => {
    if (initials) joined.push(initials);
    initials = '';
  };
  for (const word of words) {
    if ([...word].length === 1 && /\p{L}/u.test(word)) initials += word;
    else {
      flush();
      joined.push(word);
    }
  }
  flush();
  return joined;
}

/**
 * What a category or language value is compared by: folded, abbreviations spelled out, little
 * words and plurals dropped, words in alphabetical order. "Govt. of B.C.", "BC government" and
 * "Gouvernements de la C.-B."... each reduce to the words that identify them.
 */
export function matchKey(text: string): string {
  const words = joinInitials(foldLabel(text).split(' ').filter(Boolean))
    .map(singular)
    .flatMap((word) => (wordFor[word] ?? word).split(' '));
  // A word alone is never dropped: "en" is English's code as well as a French "in".
  const telling = words.filter((word) => !stopWords.has(word));
  return [...new Set(telling.length > 0 ? telling : words)].sort().join(' ');
}
