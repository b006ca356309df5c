import type { RedactionDocument, RedactionField, RedactionHit } from '../../../shared/domain/report';
import { foldForSearch } from '../../ledger/search/fold-text';
import { foldedMatcher, spacelessScript, type TextRange } from '../../ledger/search/folded-matches';

/** One free text a document will print, and where it sits. */
export interface TextToCheck {
  readonly field: RedactionField;
  /** Which item of the field, in the coordinator's words: a section heading, a meeting title. */
  readonly where: string;
  readonly text: string;
}

export interface WorkerName {
  readonly memberId: number;
  readonly displayName: string;
}

/** Hyphens and apostrophes split a name's parts, so "Mary-Jane O'Neil" has four. */
const partPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** Parts shorter than this ("Li", "Ng") match too many ordinary words to be worth showing on their own. */
const shortestPartAlone = 3;
/** In scripts written without spaces a part is looked for from two letters (a given name "小梅"). */
const shortestSpacelessPart = 2;
/** What may stand between two parts of one name as typed: "Maria-Jose Nunez", "J. Núñez", "O’Neil". */
const nameSeparator = /^[\s\p{Pd}'’.]*$/u;

/**
 * What is looked for of one worker: the whole name and, since people write "Maria said…", each part
 * of a name of several parts on its own (written together too, in a spaceless script).
 */
function searchedValues(displayName: string): string[] {
  const parts = (displayName.match(partPattern) ?? []).map(foldForSearch);
  const values = [displayName];
  if (parts.length > 1) {
    const spaceless = spacelessScript.test(displayName);
    if (spaceless) values.push(parts.join(''));
    const shortest = spaceless ? shortestSpacelessPart : shortestPartAlone;
    values.push(...parts.filter((part) => [...part].length >= shortest));
  }
  return [...new Set(values)];
}

/** Overlapping matches, and parts of one name typed next to each other, become one hit. */
function mergedRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged.at(-1);
    if (last && (range.start <= last.end || nameSeparator.test(text.slice(last.end, range.start)))) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/**
 * Finds migrant workers' real names in the free texts of a document before it leaves, whatever the
 * case, the accents, the Unicode normalisation (NFC, NFD, full-width forms) and the script, with the
 * matcher erasure uses (ledger/search/folded-matches.ts): a name erasure would remove is a name this
 * check shows. A part alone may be someone else's name or an ordinary word: the coordinator confirms
 * or fixes each hit, so this errs towards showing too many.
 */
export function findRedactionHits(
  document: RedactionDocument,
  texts: readonly TextToCheck[],
  workers: readonly WorkerName[],
): RedactionHit[] {
  const searched = workers.map((worker) => ({ memberId: worker.memberId, values: searchedValues(worker.displayName) }));
  const hits: RedactionHit[] = [];
  for (const item of texts) {
    if (!item.text.trim()) continue;
    const find = foldedMatcher(item.text);
    for (const { memberId, values } of searched) {
      const ranges: TextRange[] = [];
      for (const value of values) {
        const found = find(value);
        // The folding could not map the name back to its letters: the whole text is the hit.
        ranges.push(...(found === 'unmappable' ? [{ start: 0, end: item.text.length }] : found));
      }
      for (const { start, end } of mergedRanges(item.text, ranges)) hits.push(hit(item, memberId, start, end));
    }
  }
  return [...new Map(hits.map((found) => [found.key, found])).values()];

  function hit(item: TextToCheck, memberId: number, start: number, end: number): RedactionHit {
    const matchedText = item.text.slice(start, end);
    return {
      key: `${document}|${item.field}|${item.where}|${memberId}|${start}|${foldForSearch(matchedText)}`,
      document,
      field: item.field,
      where: item.where,
      memberId,
      matchedText,
      excerpt: excerpt(item.text, start, end),
    };
  }
}
