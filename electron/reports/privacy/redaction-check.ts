import type { RedactionHit } from '../../../shared/domain/report';
import { foldForSearch } from '../../ledger/search/fold-text';

export interface TextToCheck {
  readonly source: RedactionHit['source'];
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

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʼ-]*/gu;
/**
 * An apostrophe inside a word belongs to it ("O’Brien", typed straight or curly alike), but a
 * possessive after it ends the name: "Rosalinda’s", "ROSALINDA'S" and "Reyes’" are Rosalinda and Reyes.
 */
const apostrophes = /['’ʼ]/gu;
const possessiveEnding = /['’ʼ]s?$/iu;
/** Parts shorter than this ("Li", "Ng") match too many ordinary words to be worth showing on their own. */
const shortestPartAlone = 3;

function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((match) => {
    const word = match[0].replace(possessiveEnding, '');
    return { folded: foldForSearch(word).replace(apostrophes, "'"), start: match.index, end: match.index + word.length };
  });
}

function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/**
 * Finds migrant workers' real names in free text before it leaves in a report: the whole name
 * (accents and case ignored) and, since people write "Maria said…", each part of it on its own.
 * A part alone may be someone else's name or an ordinary word: the coordinator confirms or fixes
 * each hit, so this errs towards showing too many.
 */
export function findRedactionHits(texts: readonly TextToCheck[], workers: readonly WorkerName[]): RedactionHit[] {
  const names = workers
    .map((worker) => ({ memberId: worker.memberId, parts: words(worker.displayName).map((word) => word.folded) }))
    .filter((name) => name.parts.length > 0);
  const hits: RedactionHit[] = [];
  for (const item of texts) {
    const textWords = words(item.text);
    for (const name of names) {
      const covered = new Set<number>();
      for (let index = 0; index + name.parts.length <= textWords.length; index += 1) {
        if (name.parts.every((part, offset) => textWords[index + offset]!.folded === part)) {
          const start = textWords[index]!.start;
          const end = textWords[index + name.parts.length - 1]!.end;
          for (let offset = 0; offset < name.parts.length; offset += 1) covered.add(index + offset);
          hits.push(hit(item, name.memberId, start, end));
        }
      }
      if (name.parts.length < 2) continue;
      textWords.forEach((word, index) => {
        if (covered.has(index) || word.folded.length < shortestPartAlone) return;
        if (name.parts.includes(word.folded)) hits.push(hit(item, name.memberId, word.start, word.end));
      });
    }
  }
  return hits;

  function hit(item: TextToCheck, memberId: number, start: number, end: number): RedactionHit {
    const matchedText = item.text.slice(start, end);
    return {
      key: `${item.source}|${item.where}|${memberId}|${start}|${foldForSearch(matchedText)}`,
      source: item.source,
      where: item.where,
      memberId,
      matchedText,
      excerpt: excerpt(item.text, start, end),
    };
  }
}
