import type { Highs, Model } from 'highs';
import type { LinearSystem } from './linear-system';
import type { ReducedProblem } from './reduced-problem';

/** Where the optimum is held, per atom (reduced costs) and per relation or cell row of the system. */
export interface Duals {
  readonly atoms: Float64Array;
  readonly rows: Float64Array;
}

export type Optimum =
  | {
      readonly status: 'optimal';
      readonly value: number;
      /** The solution: a value (rounded when integral) for each atom this problem could move. */
      readonly point: SolvedPoint;
      /** Whether every atom is a whole number: only then is the point a world the attacker cannot rule out. */
      readonly integral: boolean;
      /** Linear problems only. */
      readonly duals?: Duals;
    }
  | { readonly status: 'unbounded' }
  | { readonly status: 'infeasible' }
  /** The integer search hit its time limit: the caller must assume the worst. */
  | { readonly status: 'unknown' };

/** A solution, as the values of the atoms the problem could move; every other atom is at its known value. */
export interface SolvedPoint {
  readonly atoms: readonly number[];
  readonly values: Float64Array;
}

export type Sense = 'min' | 'max';
/** Objectives are written over atoms: atom index → coefficient. */
export type Objective = ReadonlyMap<number, number>;

/** Simplex answers carry rounding noise; anything closer than this to a whole number is that number. */
const integralTolerance = 1e-6;

/** An integer problem should take milliseconds; a pathological one must not hang a report. */
const integerTimeLimitSeconds = 20;

/**
 * One HiGHS model of the reduced problem, kept in memory across the many problems of an audit.
 * HiGHS's own presolve stays off (reduced-problem.ts does the part that matters), so each new
 * objective starts from the last optimal basis: a few pivots instead of a solve from scratch.
 * Integer problems get a fresh model with the same data: branch and bound needs presolve anyway.
 */
export class BoundSolver {
  linearProblems = 0;
  integerProblems = 0;
  private readonly costColumns = new Set<number>();
  private systemRowsOfAtom: number[][] | null = null;
  private solvedOnce = false;

  private constructor(
    private readonly highs: Highs,
    private readonly model: Model | null,
    private readonly system: LinearSystem,
    private readonly problem: ReducedProblem,
  ) {}

  static create(highs: Highs, system: LinearSystem, problem: ReducedProblem): BoundSolver {
    const model = problem.atomOfColumn.length === 0 ? null : highs.createModel(modelData(highs, problem, false));
    // Dual simplex finds the first vertex fastest; primal simplex then re-optimises each new objective from it.
    model?.options.set({ output_flag: false, presolve: 'off', simplex_strategy: 1 });
    return new BoundSolver(highs, model, system, problem);
  }

  /** The optimum of the linear relaxation: a bound the integer optimum can only equal or fall inside. */
  linear(objective: Objective, sense: Sense, withDuals = false): Optimum {
    this.linearProblems += 1;
    if (!this.model) return this.allKnown(objective);
    const { costs, offset } = this.reducedObjective(objective);
    const stale = [...this.costColumns].filter((column) => !costs.has(column));
    // HiGHS wants the changed columns in increasing order.
    const columns = [...stale, ...costs.keys()].sort((a, b) => a - b);
    if (columns.length > 0) {
      this.model.changeColsCost({ kind: 'set', indices: columns }, columns.map((column) => costs.get(column) ?? 0));
    }
    this.costColumns.clear();
    for (const column of costs.keys()) this.costColumns.add(column);
    this.model.changeObjectiveSense(this.highs.constants.objectiveSense[sense === 'min' ? 'minimize' : 'maximize']);
    this.model.run();
    if (!this.solvedOnce) {
      this.solvedOnce = true;
      this.model.options.set({ simplex_strategy: 4 });
    }
    return this.outcome(this.model, objective, offset, withDuals);
  }

  /** The exact integer optimum (branch and bound on a copy of the model). */
  integer(objective: Objective, sense: Sense): Optimum {
    this.integerProblems += 1;
    if (!this.model) return this.allKnown(objective);
    const { costs, offset } = this.reducedObjective(objective);
    const data = modelData(this.highs, this.problem, true);
    const colCost = new Float64Array(this.problem.atomOfColumn.length);
    for (const [column, cost] of costs) colCost[column] = cost;
    return this.highs.withModel({ ...data, colCost }, (model) => {
      model.options.set({ output_flag: false, time_limit: integerTimeLimitSeconds });
      model.changeObjectiveSense(this.highs.constants.objectiveSense[sense === 'min' ? 'minimize' : 'maximize']);
      model.run();
      return this.outcome(model, objective, offset, false);
    });
  }

  /**
   * Runs work with some atoms held inside narrower bounds, then restores them. A restriction: its
   * solutions are solutions of the whole problem, so they remain valid witnesses.
   */
  withinBounds<T>(bounds: ReadonlyMap<number, readonly [number, number]>, work: () => T): T {
    const changed: Array<[column: number, lower: number, upper: number]> = [];
    for (const [atom, [low, high]] of bounds) {
      const column = this.problem.columnOfAtom[atom]!;
      if (column < 0) continue;
      const lower = Math.max(low, this.problem.colLower[column]!);
      const upper = Math.min(high, this.problem.colUpper[column]!);
      if (lower <= upper) changed.push([column, lower, upper]);
    }
    if (!this.model || changed.length === 0) return work();
    // One call each way: HiGHS wants the columns in increasing order.
    changed.sort((a, b) => a[0] - b[0]);
    const selection = { kind: 'set' as const, indices: changed.map(([column]) => column) };
    const set = (lower: number[], upper: number[]) =>
      this.model!.changeColsBounds(selection, lower.map((bound) => finite(this.highs, bound)), upper.map((bound) => finite(this.highs, bound)));
    set(changed.map(([, lower]) => lower), changed.map(([, , upper]) => upper));
    try {
      return work();
    } finally {
      set(changed.map(([column]) => this.problem.colLower[column]!), changed.map(([column]) => this.problem.colUpper[column]!));
    }
  }

  dispose(): void {
    this.model?.dispose();
  }

  private reducedObjective(objective: Objective): { costs: Map<number, number>; offset: number } {
    const costs = new Map<number, number>();
    let offset = 0;
    for (const [atom, coefficient] of objective) {
      const column = this.problem.columnOfAtom[atom]!;
      if (column < 0) offset += coefficient * this.problem.fixedValue[atom]!;
      else if (coefficient !== 0) costs.set(column, coefficient);
    }
    return { costs, offset };
  }

  private allKnown(objective: Objective): Optimum {
    let value = 0;
    for (const [atom, coefficient] of objective) value += coefficient * this.problem.fixedValue[atom]!;
    return { status: 'optimal', value, point: { atoms: [], values: new Float64Array(0) }, integral: true };
  }

  private outcome(model: Model, objective: Objective, offset: number, withDuals: boolean): Optimum {
    const status = model.getModelStatus();
    const codes = this.highs.constants.modelStatus;
    if (status === codes.unbounded || status === codes.unboundedOrInfeasible) return { status: 'unbounded' };
    if (status === codes.infeasible) return { status: 'infeasible' };
    if (status !== codes.optimal) return { status: 'unknown' };
    const solution = model.getSolution();
    const values = solution.colValue;
    let integral = true;
    for (let column = 0; column < values.length; column += 1) {
      if (Math.abs(values[column]! - Math.round(values[column]!)) > integralTolerance) integral = false;
    }
    if (integral) for (let column = 0; column < values.length; column += 1) values[column] = Math.round(values[column]!);
    return {
      status: 'optimal',
      value: model.getObjectiveValue() + offset,
      point: { atoms: this.problem.atomOfColumn, values },
      integral,
      ...(withDuals ? { duals: this.atomDuals(objective, solution.colDual, solution.rowDual) } : {}),
    };
  }

  /** Reduced costs for every atom, including the ones taken out as known: c_j minus the row duals it meets. */
  private atomDuals(objective: Objective, colDual: Float64Array, rowDual: Float64Array): Duals {
    const rows = new Float64Array(this.system.rows.length);
    this.problem.rows.forEach((row, index) => (rows[row.systemRow] = rowDual[index]!));
    if (!this.systemRowsOfAtom) {
      this.systemRowsOfAtom = Array.from({ length: this.system.atoms.length }, () => []);
      for (const row of this.problem.rows) {
        for (const atom of this.system.rows[row.systemRow]!.columns) this.systemRowsOfAtom[atom]!.push(row.systemRow);
      }
    }
    const atoms = new Float64Array(this.system.atoms.length);
    for (let atom = 0; atom < atoms.length; atom += 1) {
      const column = this.problem.columnOfAtom[atom]!;
      if (column >= 0) {
        atoms[atom] = colDual[column]!;
        continue;
      }
      let reduced = objective.get(atom) ?? 0;
      for (const systemRow of this.systemRowsOfAtom[atom]!) {
        const row = this.system.rows[systemRow]!;
        reduced -= row.coefficients[row.columns.indexOf(atom)]! * rows[systemRow]!;
      }
      atoms[atom] = reduced;
    }
    return { atoms, rows };
  }
}

function finite(highs: Highs, bound: number): number {
  return bound === Number.POSITIVE_INFINITY ? highs.infinity : bound === Number.NEGATIVE_INFINITY ? -highs.infinity : bound;
}

function modelData(highs: Highs, problem: ReducedProblem, integer: boolean) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of problem.rows) {
    for (let i = 0; i < row.columns.length; i += 1) {
      indices.push(row.columns[i]!);
      values.push(row.coefficients[i]!);
    }
    starts.push(indices.length);
  }
  const numCols = problem.atomOfColumn.length;
  const numRows = problem.rows.length;
  return {
    numCols,
    numRows,
    colCost: new Float64Array(numCols),
    colLower: problem.colLower.map((bound) => finite(highs, bound)),
    colUpper: problem.colUpper.map((bound) => finite(highs, bound)),
    rowLower: Float64Array.from(problem.rows, (row) => finite(highs, row.lower)),
    rowUpper: Float64Array.from(problem.rows, (row) => finite(highs, row.upper)),
    matrix: { format: 'csr' as const, numRows, numCols, starts, indices, values },
    ...(integer ? { integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer) } : {}),
  };
}
