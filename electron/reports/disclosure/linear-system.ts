import type { Terms } from './terms';

export interface LinearRow {
  readonly columns: readonly number[];
  readonly coefficients: readonly number[];
  lower: number;
  upper: number;
}

/**
 * The attacker's system: one integer column per atomic quantity (never negative), and rows for the
 * relations and the published cells that involve several atoms. Columns keep their true values so
 * that the truth can serve as the first proof that a hidden count can move.
 */
export class LinearSystem {
  readonly atoms: string[] = [];
  readonly truth: number[] = [];
  readonly rows: LinearRow[] = [];
  private readonly index = new Map<string, number>();
  /** The last row each column was added to: finds an atom repeated within a row without a map. */
  private readonly lastRowOf: number[] = [];

  /** The column of an atom, added with its true value on first use. */
  column(atom: string, truth: ReadonlyMap<string, number>): number {
    const existing = this.index.get(atom);
    if (existing !== undefined) return existing;
    const value = truth.get(atom);
    if (value === undefined) throw new Error(`No true value for ${atom}`);
    this.index.set(atom, this.atoms.length);
    this.atoms.push(atom);
    this.truth.push(value);
    return this.atoms.length - 1;
  }

  columnOf(atom: string): number | undefined {
    return this.index.get(atom);
  }

  /** A row over terms; coefficients of repeated atoms are merged. */
  addRow(terms: Terms, lower: number, upper: number, truth: ReadonlyMap<string, number>): number {
    const row = this.rows.length;
    const columns: number[] = [];
    const coefficients: number[] = [];
    for (const [atom, coefficient] of terms) {
      const column = this.column(atom, truth);
      if (this.lastRowOf[column] === row) coefficients[columns.indexOf(column)]! += coefficient;
      else {
        this.lastRowOf[column] = row;
        columns.push(column);
        coefficients.push(coefficient);
      }
    }
    const kept = coefficients.flatMap((coefficient, i) => (coefficient === 0 ? [] : [i]));
    this.rows.push(
      kept.length === columns.length
        ? { columns, coefficients, lower, upper }
        : { columns: kept.map((i) => columns[i]!), coefficients: kept.map((i) => coefficients[i]!), lower, upper },
    );
    return row;
  }

  rowHoldsAtTruth(row: LinearRow): boolean {
    const value = row.columns.reduce((sum, column, i) => sum + row.coefficients[i]! * this.truth[column]!, 0);
    return value >= row.lower - 1e-9 && value <= row.upper + 1e-9;
  }
}
