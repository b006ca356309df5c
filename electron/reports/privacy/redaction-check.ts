import type { RedactionDocument, RedactionField, RedactionHit } from '../../../shared/domain/report';
import { foldForSearch } from '../../ledger/search/fold-text';

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

interface Word {
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** Hyphens and apostrophes split words, so "Mary-Jane O'Neil" and "Mary Jane O Neil" match. */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** Parts shorter than this ("Li", "Ng") match too many ordinary words to be worth showing on their own. */
const shortestPartAlone = 3;
/** Scripts written without spaces between words: a name there is found as a run of letters anywhere. */
const spacelessScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    folded: foldForSearch(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The text folded letter by letter, remembering where each folded letter came from. */
function foldedWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (const cluster of text.matchAll(/\P{M}\p{M}*/gu)) {
    const piece = /^\s+$/u.test(cluster[0]) ? ' ' : foldForSearch(cluster[0]);
    for (let i = 0; i < piece.length; i += 1) origin.push(cluster.index);
    folded += piece;
  }
  origin.push(text.length);
  return { folded, origin };
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/**
 * Finds migrant workers' real names in the free texts of a document before it leaves: the whole
 * name and, since people write "Maria said…", each part of it on its own; whatever the case, the
 * accents, the Unicode normalisation (NFC, NFD, full-width forms) and the script, through the one
 * folding function the ledger's search uses. A part alone may be someone else's name or an ordinary
 * word: the coordinator confirms or fixes each hit, so this errs towards showing too many.
 */
export function findRedactionHits(
  document: RedactionDocument,
  texts: readonly TextToCheck[],
  workers: readonly WorkerName[],
): RedactionHit[] {
  const names = workers
    .map((worker) => ({ memberId: worker.memberId, parts: words(worker.displayName).map((word) => word.folded) }))
    .filter((name) => name.parts.length > 0);
  const hits: RedactionHit[] = [];
  for (const item of texts) {
    if (!item.text.trim()) continue;
    const textWords = words(item.text);
    const spaceless = names.some((name) => spacelessScript.test(name.parts.join(''))) ? foldedWithOffsets(item.text) : null;
    for (const name of names) {
      const covered = new Set<number>();
      for (let index = 0; index + name.parts.length <= textWords.length; index += 1) {
        if (name.parts.every((part, offset) => textWords[index + offset]!.folded === part)) {
          for (let offset = 0; offset < name.parts.length; offset += 1) covered.add(index + offset);
          hits.push(hit(item, name.memberId, textWords[index]!.start, textWords[index + name.parts.length - 1]!.end));
        }
      }
      if (spaceless && spacelessScript.test(name.parts.join(''))) {
        // A single ideograph is a common word: parts alone count from two letters.
        for (const part of new Set([name.parts.join(''), ...name.parts.filter((part) => part.length >= 2)])) {
          for (let at = spaceless.folded.indexOf(part); at >= 0; at = spaceless.folded.indexOf(part, at + part.length)) {
            const start = spaceless.origin[at]!;
            const end = spaceless.origin[at + part.length]!;
            if (!textWords.some((word, index) => covered.has(index) && word.start <= start && end <= word.end)) {
              hits.push(hit(item, name.memberId, start, end));
            }
          }
        }
        continue;
      }
      if (name.parts.length < 2) continue;
      textWords.forEach((word, index) => {
        if (covered.has(index) || word.folded.length < shortestPartAlone) return;
        if (name.parts.includes(word.folded)) hits.push(hit(item, name.memberId, word.start, word.end));
      });
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
