import { foldForSearch } from '../../search/fold-text';
import { neutralAliasWords } from './neutral-alias-words';

/** How aliases are compared: "Heron", "heron" and "HÉRON" are one alias. */
export function aliasKey(alias: string): string {
  return foldForSearch(alias);
}

/** mulberry32: a tiny seeded generator, so a seed and a ledger state always give the same proposals. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * Every alias the app can propose, in an order the seed shuffles (so an alias says nothing about
 * when a worker joined): single words, then pairs of words, then numbered words, never ending.
 */
function* candidates(seed: number): Generator<string> {
  const words = shuffled(neutralAliasWords, seededRandom(seed));
  yield* words;
  for (const first of words) for (const second of words) if (first !== second) yield `${first} ${second}`;
  for (let number = 2; ; number++) for (const word of words) yield `${word} ${number}`;
}

/** `count` aliases, distinct from each other and from every alias already taken. */
export function proposeAliases(count: number, taken: Iterable<string>, seed: number): string[] {
  const used = new Set<string>();
  for (const alias of taken) used.add(aliasKey(alias));
  const proposals: string[] = [];
  if (count <= 0) return proposals;
  for (const candidate of candidates(seed)) {
    const key = aliasKey(candidate);
    if (used.has(key)) continue;
    used.add(key);
    proposals.push(candidate);
    if (proposals.length === count) break;
  }
  return proposals;
}
