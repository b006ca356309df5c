import type { CountCell } from '../disclosure/disclosure-cell';
import { evaluateTerms, sumOf } from '../disclosure/terms';

export interface CountTableSpec {
  readonly table: string;
  readonly period: string | null;
  readonly meetingId: number | null;
  readonly columns: readonly string[];
  /** Each row sums the atoms it lists under each column ("other" sums several categories). */
  readonly rows: ReadonlyArray<{ readonly key: string; readonly atoms: (column: string) => readonly string[] }>;
}

/** The cells of a table of counts of people, with a totals row ("total") summing every row. */
export function countTableCells(spec: CountTableSpec, truth: ReadonlyMap<string, number>): CountCell[] {
  const cell = (row: string, column: string, atoms: readonly string[], isTotal: boolean): CountCell => {
    const terms = sumOf(atoms);
    return { table: spec.table, row, column, period: spec.period, meetingId: spec.meetingId, terms, value: evaluateTerms(terms, truth), isTotal };
  };
  return [
    ...spec.rows.flatMap((row) => spec.columns.map((column) => cell(row.key, column, row.atoms(column), false))),
    ...spec.columns.map((column) => cell('total', column, spec.rows.flatMap((row) => row.atoms(column)), true)),
  ];
}
