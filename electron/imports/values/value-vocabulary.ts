import levenshtein from 'damerau-levenshtein';
import { matchKey } from './match-key';

/** The words a sheet may use for each code, and words that could mean several codes. */
export interface ValueVocabulary<Code extends string> {
  entries: readonly { code: Code; names: readonly string[] }[];
  ambiguous: readonly { text: string; codes: readonly Code[] }[];
}

export type SuggestionBasis = 'known' | 'close' | 'ambiguous' | 'none';

export interface ValueSuggestion<Code extends string> {
  code: Code | null;
  basis: SuggestionBasis;
  /** For an ambiguous value, the codes it could stand for. */
  candidates: Code[];
}

/** Values shorter than this are abbreviations: a close spelling of one is more likely another one. */
const shortestFuzzyKey = 5;
/** Names shorter than this (MW, BC, es) are never reached by a close spelling. */
const shortestFuzzyName = 4;
/** Parts of one cell that may name the same thing twice: "Tagalog/Filipino", "Union / Syndicat". */
const partSeparator = /\s*[/|;,+]\s*/;

export interface VocabularyIndex<Code extends string> {
  exact: ReadonlyMap<string, readonly Code[]>;
}

export function indexVocabulary<Code extends string>(vocabulary: ValueVocabulary<Code>): VocabularyIndex<Code> {
  const exact = new Map<string, Code[]>();
  const add = (text: string, code: Code) => {
    const key = matchKey(text);
    if (!key) return;
    const codes = exact.get(key) ?? [];
    if (!codes.includes(code)) codes.push(code);
    exact.set(key, codes);
  };
  for (const { code, names } of vocabulary.entries) {
    add(code, code);
    for (const name of names) add(name, code);
  }
  for (const { text, codes } of vocabulary.ambiguous) for (const code of codes) add(text, code);
  return { exact };
}

function suggestionFrom<Code extends string>(codes: readonly Code[], basis: 'known' | 'close'): ValueSuggestion<Code> {
  if (codes.length === 1) return { code: codes[0] as Code, basis, candidates: [] };
  return { code: null, basis: 'ambiguous', candidates: [...codes] };
}

function exactMatch<Code extends string>(index: VocabularyIndex<Code>, text: string): readonly Code[] {
  return index.exact.get(matchKey(text)) ?? [];
}

/** Codes whose names are one or two typing slips away from the key (one for short words). */
function closeMatch<Code extends string>(index: VocabularyIndex<Code>, key: string): Code[] {
  const length = [...key].length;
  if (length < shortestFuzzyKey) return [];
  const allowed = length >= 9 ? 2 : 1;
  let best = allowed + 1;
  let codes: Code[] = [];
  for (const [name, nameCodes] of index.exact) {
    const nameLength = [...name].length;
    if (nameLength < shortestFuzzyName || Math.abs(nameLength - length) > allowed) continue;
    const distance = levenshtein(key, name).steps;
    if (distance > allowed || distance > best) continue;
    if (distance < best) [best, codes] = [distance, []];
    for (const code of nameCodes) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** A name the app knows for the value, or for each of its parts ("Tagalog/Filipino"); no guessing. */
export function knownValue<Code extends string>(index: VocabularyIndex<Code>, text: string): ValueSuggestion<Code> {
  const exact = exactMatch(index, text);
  if (exact.length > 0) return suggestionFrom(exact, 'known');
  const parts = text.split(partSeparator).filter((part) => matchKey(part) !== '');
  if (parts.length > 1) {
    const partCodes = parts.map((part) => exactMatch(index, part));
    if (partCodes.every((codes) => codes.length > 0)) return suggestionFrom([...new Set(partCodes.flat())], 'known');
  }
  return { code: null, basis: 'none', candidates: [] };
}

/**
 * What the app proposes for a value found in a sheet: a name it knows (in English or French, a
 * plural, an abbreviation, a synonym), else a close spelling. A value that could mean more than
 * one thing is never guessed: the coordinator picks.
 */
export function suggestValue<Code extends string>(index: VocabularyIndex<Code>, text: string): ValueSuggestion<Code> {
  const known = knownValue(index, text);
  if (known.basis !== 'none') return known;
  const close = closeMatch(index, matchKey(text));
  if (close.length > 0) return suggestionFrom(close, 'close');
  return known;
}
