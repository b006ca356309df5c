import { describe, expect, it } from 'vitest';
import { aliasKey, proposeAliases } from '../../../electron/ledger/members/aliases/propose-aliases';
import { neutralAliasWords } from '../../../electron/ledger/members/aliases/neutral-alias-words';

// Written apart from the word list: common given names in the languages the Network meets in. An
// alias that is also a person's name could point at the wrong person, or at the right one.
const givenNames = [
  'rose',
  'lily',
  'iris',
  'daisy',
  'violet',
  'jasmine',
  'hazel',
  'ivy',
  'holly',
  'heather',
  'laurel',
  'willow',
  'aspen',
  'juniper',
  'sage',
  'fern',
  'robin',
  'wren',
  'raven',
  'jay',
  'martin',
  'phoebe',
  'jordan',
  'shannon',
  'brook',
  'reed',
  'rowan',
  'ash',
  'jade',
  'amber',
  'opal',
  'jasper',
  'pearl',
  'maria',
  'jose',
  'rosa',
  'juan',
  'ana',
  'luz',
  'paz',
  'mar',
  'cielo',
  'flor',
  'sol',
  'rocio',
  'harpreet',
  'gurpreet',
  'manpreet',
  'mei',
  'lan',
  'hoa',
  'mai',
  'linh',
];

describe('alias proposals', () => {
  it('draws only on neutral words that are nobody’s given name', () => {
    const words = neutralAliasWords.map((word) => word.toLowerCase());
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((word) => givenNames.includes(word))).toEqual([]);
    expect(words.every((word) => /^[a-z]+$/.test(word))).toBe(true);
    for (const alias of proposeAliases(300, [], 7)) {
      for (const part of alias.split(' ')) expect(neutralAliasWords).toContain(part);
    }
  });

  it('is the same for the same seed and ledger, and differs between seeds', () => {
    const taken = ['Heron', 'Cedar'];
    expect(proposeAliases(5, taken, 42)).toEqual(proposeAliases(5, taken, 42));
    expect(proposeAliases(5, taken, 42)).not.toEqual(proposeAliases(5, taken, 43));
  });

  it('never proposes an alias already in use, whatever its case or accents', () => {
    const first = proposeAliases(1, [], 9)[0] as string;
    const taken = [first.toUpperCase(), 'CÉDAR'.normalize('NFD')];
    const next = proposeAliases(40, taken, 9);
    expect(next).not.toContain(first);
    expect(next.map(aliasKey)).not.toContain(aliasKey(first));
    expect(aliasKey('CÉDAR')).toBe(aliasKey('cedar'));
  });

  it('gives as many distinct aliases as a large import needs, words first and then pairs', () => {
    const count = neutralAliasWords.length + 500;
    const aliases = proposeAliases(count, [], 3);
    expect(aliases).toHaveLength(count);
    expect(new Set(aliases.map(aliasKey)).size).toBe(count);
    expect(aliases.slice(0, neutralAliasWords.length).every((alias) => !alias.includes(' '))).toBe(true);
    expect(aliases.at(-1)).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(aliases.some((alias) => /#|\d/.test(alias))).toBe(false);
  });

  it('takes every word in use into account, even when the ledger already holds them all', () => {
    const aliases = proposeAliases(3, neutralAliasWords, 5);
    expect(aliases).toHaveLength(3);
    expect(aliases.every((alias) => alias.includes(' '))).toBe(true);
  });
});
