import { foldForSearch, foldLetters } from './fold-text';

// Replacing a name inside a text needs its place in the original text, not in the folded one ("Núñez"
// written decomposed is 7 characters, folded "nunez" is 5). The text is folded one grapheme at a time
// with the same foldLetters, remembering which original characters each folded character came from.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Values shorter than this ("Li", "Bo") match inside unrelated words ("Lifeline"): they must stand alone. */
const shortestSubstringMatch = 4;

export interface TextRange {
  start: number;
  end: number;
}

interface MappedFold {
  folded: string;
  /** For each UTF-16 unit of `folded`, the original range it came from. */
  origins: TextRange[];
}

/** Lower-casing a whole text turns a word-final Σ into ς, a lone one into σ: compare without the difference. */
function sameSigma(text: string): string {
  return text.replace(/ς/g, 'σ');
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
  return { folded: sameSigma(folded), origins };
}

function isWordCharacterAt(text: string, index: number, before: boolean): boolean {
  const piece = before ? text.slice(Math.max(0, index - 2), index) : text.slice(index, index + 2);
  const character = before ? [...piece].at(-1) : [...piece][0];
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function occurrences(haystack: string, needle: string): TextRange[] {
  const standAlone = [...needle].length < shortestSubstringMatch;
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

/**
 * Where `value` appears in `text`, ignoring case, accents and normalisation, as ranges of the original
 * text (left to right, not overlapping). 'unmappable' when the folded text holds the value but the
 * piece-by-piece fold disagrees with the whole one (an exotic sequence): the caller must then treat
 * the whole text as holding it.
 */
export function foldedMatchRanges(text: string, value: string): TextRange[] | 'unmappable' {
  const needle = sameSigma(foldForSearch(value));
  if (needle === '') return [];
  const whole = sameSigma(foldForSearch(text));
  if (!whole.includes(needle)) return [];
  const mapped = foldPieceByPiece(text);
  if (mapped.folded !== whole) return occurrences(whole, needle).length > 0 ? 'unmappable' : [];
  return occurrences(mapped.folded, needle).map(({ start, end }) => ({
    start: (mapped.origins[start] as TextRange).start,
    end: (mapped.origins[end - 1] as TextRange).end,
  }));
}
