import { foldForSearch } from '../search/fold-text';
import { foldedMatchRanges, type TextRange } from '../search/folded-matches';

/** What replaces an erased value wherever it was written. */
export const erasedMarker = '[erased]';

/** Ranges of one search, merged where a folded letter pair ("ß" is "ss") put two matches on one character. */
function merged(ranges: readonly TextRange[]): TextRange[] {
  const result: TextRange[] = [];
  for (const range of ranges) {
    const last = result.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else result.push({ ...range });
  }
  return result;
}

/**
 * Replaces each erased value in a text by the marker or a neutral label, ignoring case, accents and
 * Unicode normalisation (one folding: search/fold-text.ts). A text the folding cannot map back piece by
 * piece is replaced whole: erasing too much is the safe side when a name is at stake.
 */
export function scrubText(text: string, erasedValues: readonly string[], replacement: string = erasedMarker): string {
  // Longest first, so a full name goes as a whole before a shorter alias inside it is looked for.
  const longestFirst = [...erasedValues].sort((a, b) => foldForSearch(b).length - foldForSearch(a).length);
  let result = text;
  for (const value of longestFirst) {
    const ranges = foldedMatchRanges(result, value);
    if (ranges === 'unmappable') return replacement;
    for (const { start, end } of merged(ranges).reverse()) result = result.slice(0, start) + replacement + result.slice(end);
  }
  return result;
}

/** Replaces every occurrence of an erased value anywhere in a JSON value (keys are field names and stay). */
export function scrubValue(value: unknown, erasedValues: readonly string[], replacement: string = erasedMarker): unknown {
  if (typeof value === 'string') return scrubText(value, erasedValues, replacement);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, erasedValues, replacement));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, erasedValues, replacement)]));
  }
  return value;
}
