/**
 * A published count is a sum of atomic quantities: the members of one category present at one
 * meeting, a quarter's participants of one category, members of a category on a given day. Two
 * documents that print the same quantity, or a total and the cells under it, then share atoms, and
 * every relation a reader can use is a linear relation between atoms (definitional-relations.ts).
 */
export type Terms = ReadonlyArray<readonly [atom: string, coefficient: number]>;

export function evaluateTerms(terms: Terms, truth: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const [atom, coefficient] of terms) {
    const value = truth.get(atom);
    if (value === undefined) throw new Error(`No true value for ${atom}`);
    total += coefficient * value;
  }
  return total;
}

export const sumOf = (atoms: readonly string[]): Terms => atoms.map((atom) => [atom, 1] as const);
