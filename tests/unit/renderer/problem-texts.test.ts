import { describe, expect, it } from 'vitest';
import { problemReasons } from '../../../shared/problem-reasons';
import { fieldReasons } from '../../../shared/validation';
import { problemsText } from '../../../renderer/src/errors/problems-text';
import { validationText } from '../../../renderer/src/errors/validation-text';

/** A key "a.b" in a nested table, or its plural forms "a.b_one"/"a.b_other". */
function hasSentence(table: object, reason: string): boolean {
  const path = reason.split('.');
  const last = path.pop() as string;
  let node: unknown = table;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  const entries = (node ?? {}) as Record<string, unknown>;
  const plain = typeof entries[last] === 'string';
  const plural = typeof entries[`${last}_one`] === 'string' && typeof entries[`${last}_other`] === 'string';
  return plain || plural;
}

describe('every reason the main side can send has a sentence in both languages', () => {
  for (const language of ['en', 'fr'] as const) {
    it(`problems in ${language}`, () => {
      const missing = problemReasons.filter((reason) => !hasSentence(problemsText[language], reason));
      expect(missing).toEqual([]);
    });
    it(`field reasons in ${language}`, () => {
      const missing = fieldReasons.filter((reason) => !hasSentence(validationText[language], reason));
      expect(missing).toEqual([]);
    });
  }
});
