import { foldForSearch, searchTerms } from './fold-text';

// What the member search index holds, the same on both engines (sqlite/ and postgres/
// member-search-index.ts store and query it each their own way).

// A trigram index cannot match fewer than 3 characters, yet two-character searches are common (many
// Chinese given names are two characters). Shorter terms go to a second index holding every one- and
// two-character piece of each word, each written as an ASCII token kept whole.
export const shortestTrigramTerm = 3;

function searchTextFor(parts: (string | null)[]): string {
  return foldForSearch(parts.filter((part): part is string => !!part).join(' \u2022 '));
}

export function gramToken(gram: string): string {
  return `g${[...gram].map((character) => (character.codePointAt(0) as number).toString(36)).join('x')}`;
}

/** Every distinct one- and two-character piece of each word, as tokens. */
function shortGramTokens(foldedText: string): string {
  const tokens = new Set<string>();
  for (const word of foldedText.split(' ')) {
    const characters = [...word];
    characters.forEach((character, index) => {
      tokens.add(gramToken(character));
      const next = characters[index + 1];
      if (next !== undefined) tokens.add(gramToken(character + next));
    });
  }
  return [...tokens].join(' ');
}

/** What both search indexes hold for one member. */
export function searchIndexEntry(parts: (string | null)[]): { foldedText: string; grams: string } {
  const foldedText = searchTextFor(parts);
  return { foldedText, grams: shortGramTokens(foldedText) };
}

export interface IndexedMember {
  memberId: number;
  parts: (string | null)[];
}

/** A search box entry as folded words: long ones for the trigram index, short ones as gram tokens. */
export function splitSearch(query: string): { longTerms: string[]; shortTokens: string[] } | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return {
    longTerms: terms.filter((term) => [...term].length >= shortestTrigramTerm),
    shortTokens: terms.filter((term) => [...term].length < shortestTrigramTerm).map(gramToken),
  };
}
