import type { MarkerRange } from './protection-rule';

/** A hidden cell as the audit sees it: a linear expression over the system's columns and what its marker says. */
export interface AuditTarget {
  readonly key: string;
  readonly columns: readonly number[];
  readonly coefficients: readonly number[];
  readonly range: MarkerRange;
}

export function objectiveOf(target: AuditTarget, weight = 1, into = new Map<number, number>()): Map<number, number> {
  target.columns.forEach((column, i) => into.set(column, (into.get(column) ?? 0) + weight * target.coefficients[i]!));
  return into;
}

const integralTolerance = 1e-6;

export const floorOf = (value: number) => Math.floor(value + integralTolerance);
export const ceilOf = (value: number) => Math.ceil(value - integralTolerance);
