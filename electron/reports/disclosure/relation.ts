import type { Terms } from './terms';

/** A linear relation between atoms that holds by definition: lower <= sum of coefficient x atom <= upper. */
export interface Relation {
  readonly terms: Terms;
  readonly lower: number;
  readonly upper: number;
}

const upTo = (terms: Terms, upper: number): Relation => ({ terms, lower: -Infinity, upper });
export const equal = (terms: Terms): Relation => ({ terms, lower: 0, upper: 0 });
/** left <= right. */
export const atMost = (left: string, right: string): Relation => upTo([[left, 1], [right, -1]], 0);
/** whole = sum of the parts. */
export const sumIs = (whole: string, parts: readonly string[]): Relation => equal([[whole, 1], ...parts.map((part) => [part, -1] as const)]);
/** whole <= sum of the parts. */
export const atMostSum = (whole: string, parts: readonly string[]): Relation => upTo([[whole, 1], ...parts.map((part) => [part, -1] as const)], 0);
