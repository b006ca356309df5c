import { foldForSearch, foldLetters } from './fold-text';

// Replacing a name inside a text needs its place in the original text, not in the folded one ("Núñez"
// written decomposed is 7 characters, folded "nunez" is 5). The text is folded one grapheme at a time
// with the same foldLetters, remembering which original characters each folded character came from.
// Erasure (erasure/scrub-text.ts) and the redaction check of shared documents
// (reports/privacy/redaction-check.ts) both find names here, so they agree on what a name is.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Values shorter than this ("Li", "Bo") match inside unrelated words ("Lifeline"): they must stand alone. */
const shortestSubstringMatch = 4;
/**
 * Scripts written without spaces between words: a name there sits inside a run of letters ("我们感谢王小梅的
 * 发言"), so from two letters it matches anywhere. A single ideograph is a common word and stands alone.
 */
export const spacelessScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export interface TextRange {
  start: number;
  end: number;
}

interface MappedFold {
  folded: string;
  /** For each UTF-16 unit of `folded`, the original range it came from. */
  origins: TextRange[];
}

function foldPieceByPiece(text: string): MappedFold {
  let folded = '';
  const origins: TextRange[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    const origin = { start: index, end: index + segment.length };
    for (const character of foldLetters(segment)) {
      const isSpace = /\s/u.test(character);
      if (isSpace && (folded === '' || folded.endsWith(' '))) continue;
      const emitted = isSpace ? ' ' : character;
      folded += emitted;
      for (let unit = 0; unit < emitted.length; unit += 1) origins.push(origin);
    }
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    origins.pop();
  }
  return { folded, origins };
}

/**
 * A letter or digit right before or after a match joins it to a longer word. Anything else is a word
 * boundary: spaces, punctuation, and so a possessive apostrophe ("Rosalinda's", "Rosalinda’s").
 */
function isWordCharacterAt(text: string, index: number, before: boolean): boolean {
  const piece = before ? text.slice(Math.max(0, index - 2), index) : text.slice(index, index + 2);
  const character = before ? [...piece].at(-1) : [...piece][0];
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function mustStandAlone(needle: string): boolean {
  const length = [...needle].length;
  return spacelessScript.test(needle) ? length < 2 : length < shortestSubstringMatch;
}

function occurrences(haystack: string, needle: string): TextRange[] {
  const standAlone = mustStandAlone(needle);
  const found: TextRange[] = [];
  let from = 0;
  for (;;) {
    const start = haystack.indexOf(needle, from);
    if (start < 0) return found;
    const end = start + needle.length;
    if (!standAlone || (!isWordCharacterAt(haystack, start, true) && !isWordCharacterAt(haystack, end, false))) {
      found.push({ start, end });
      from = end;
    } else {
      from = start + 1;
    }
  }
}

/** Where a value appears in the text, as ranges of the original text; see foldedMatchRanges. */
export type FoldedMatcher = (value: string) => TextRange[] | 'unmappable';

/**
 * Folds a text once to look for many values in it (every worker's names in one minutes section). The
 * piece-by-piece fold that maps matches back is made only when some value is in the text.
 */
export function foldedMatcher(text: string): FoldedMatcher {
  const whole = foldForSearch(text);
  let mapped: MappedFold | undefined;
  return (value) => {
    const needle = foldForSearch(value);
    if (needle === '' || !whole.includes(needle)) return [];
    mapped ??= foldPieceByPiece(text);
    const { folded, origins } = mapped;
    if (folded !== whole) return occurrences(whole, needle).length > 0 ? 'unmappable' : [];
    return occurrences(folded, needle).map(({ start, end }) => ({
      start: (origins[start] as TextRange).start,
      end: (origins[end - 1] as TextRange).end,
    }));
  };
}

/**
 * Where `value` appears in `text`, ignoring case, accents and normalisation, as ranges of the original
 * text (left to right, not overlapping). 'unmappable' when the folded text holds the value but the
 * piece-by-piece fold disagrees with the whole one (an exotic sequence): the caller must then treat
 * the whole text as holding it.
 */
export function foldedMatchRanges(text: string, value: string): TextRange[] | 'unmappable' {
  return foldedMatcher(text)(value);
}
