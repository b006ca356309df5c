import type { Highs } from 'highs';
import type { EntryState } from '../privacy/published-count';
import type { AuditTarget } from './audit-target';
import { BoundSolver, type Duals } from './bound-solver';
import { rangeStatement, singleAtom, statementOf, targetKey, type CellStatement } from './cell-constraint';
import { definitionalRelations } from './definitional-relations';
import type { CountCell, ReleasedCountCell } from './disclosure-cell';
import type { DisclosureFacts } from './disclosure-facts';
import { LinearSystem } from './linear-system';
import { parseAtom } from './atom-keys';
import { markerRange, type MarkerRange } from './protection-rule';
import { reduceRows, reduceSystem } from './reduced-problem';
import type { Terms } from './terms';

const dualTolerance = 1e-9;

/**
 * What a cell's eventual publication will say whatever else is decided then: a count below the
 * threshold (zero included) is printed as itself or "<10", both below the threshold; any other as
 * itself or "x", both at least the threshold.
 */
function certainStatement(value: number, threshold: number): CellStatement {
  return value < threshold ? { low: 0, high: threshold - 1 } : { low: threshold, high: Number.POSITIVE_INFINITY };
}

type Handle = { readonly kind: 'atom'; readonly atom: number } | { readonly kind: 'row'; readonly row: number };

export interface DisclosureProblem {
  /** The cells of the document about to be released, with their true values. */
  readonly newCells: readonly CountCell[];
  /** Every cell of earlier releases to the same audience that still describes the ledger. */
  readonly earlierCells: readonly ReleasedCountCell[];
  /**
   * Cells of shared documents not released yet (the minutes of the quarter's other meetings, the
   * quarter's report). Their publication is certain to say at least whether each count is below the
   * threshold (certainStatement). The attacker is granted that knowledge now, and must not be able
   * to work out a small count they will print as "<10": no later document could hide it again.
   */
  readonly potentialCells: readonly CountCell[];
  readonly facts: DisclosureFacts;
  readonly threshold: number;
}

/**
 * The attacker's knowledge: relations, earlier releases (fixed) and the new document's cells, whose
 * states suppression changes (a shown cell fixes its expression; a hidden one only bounds it by its
 * marker). Atoms are the columns of the system; HiGHS sees the reduced problem (reduced-problem.ts),
 * rebuilt when a state changes.
 */
export class DisclosureModel {
  readonly system = new LinearSystem();
  readonly truth: Float64Array;
  readonly states: EntryState[];
  /** New cells whose expression involves each atom. */
  readonly newCellsOfAtom: number[][];
  /** Each atom's rows with its coefficient there (the paths a pinning can travel), and each row's value at the truth. */
  readonly entriesOfAtom: ReadonlyArray<ReadonlyArray<readonly [row: number, coefficient: number]>>;
  private readonly rowTruth: Float64Array;
  private readonly handles: Handle[];
  private readonly baseLower: Float64Array;
  private readonly baseUpper: Float64Array;
  private readonly rowLower: Float64Array;
  private readonly rowUpper: Float64Array;
  private readonly singleCellsOfAtom = new Map<number, number[]>();
  private current: BoundSolver | null = null;
  private readonly restricted = new Map<string, BoundSolver>();
  private readonly meetingOfAtom: Array<number | null>;
  private readonly atomsOfMeeting = new Map<number, number[]>();
  private readonly atomsOfNoMeeting: number[] = [];
  private readonly solvers: BoundSolver[] = [];
  private readonly targetCache = new Map<number, { state: EntryState; target: AuditTarget }>();
  private bounds: ReturnType<DisclosureModel['currentBounds']> | null = null;
  private retired = { linear: 0, integer: 0 };
  private relaxed = false;

  constructor(
    private readonly highs: Highs,
    private readonly problem: DisclosureProblem,
    initialStates: readonly EntryState[],
  ) {
    this.states = [...initialStates];
    const cellAtoms = new Set<string>();
    for (const cell of [...problem.newCells, ...problem.earlierCells, ...problem.potentialCells]) {
      for (const [atom] of cell.terms) cellAtoms.add(atom);
    }
    const truth = problem.facts.truth;
    for (const relation of definitionalRelations(cellAtoms, problem.facts)) {
      const row = this.system.addRow(relation.terms, relation.lower, relation.upper, truth);
      if (!this.system.rowHoldsAtTruth(this.system.rows[row]!)) throw new Error('A definitional relation does not hold for the true figures');
    }
    const earlierBounds: Array<[number, CellStatement]> = [];
    const known = [
      ...problem.earlierCells.map((cell) => ({
        terms: cell.terms,
        statement: cell.state === 'shown' ? { low: cell.value!, high: cell.value! } : rangeStatement(cell.range!),
      })),
      ...problem.potentialCells.map((cell) => ({ terms: cell.terms, statement: certainStatement(cell.value, problem.threshold) })),
    ];
    for (const { terms, statement } of known) {
      const atom = singleAtom(terms);
      if (atom) earlierBounds.push([this.system.column(atom, truth), statement]);
      else this.system.addRow(terms, statement.low, statement.high, truth);
    }
    this.handles = problem.newCells.map((cell, index) => {
      const atom = singleAtom(cell.terms);
      if (atom) {
        const column = this.system.column(atom, truth);
        const list = this.singleCellsOfAtom.get(column);
        if (list) list.push(index);
        else this.singleCellsOfAtom.set(column, [index]);
        return { kind: 'atom', atom: column };
      }
      return { kind: 'row', row: this.system.addRow(cell.terms, 0, 0, truth) };
    });
    const atomCount = this.system.atoms.length;
    this.truth = Float64Array.from(this.system.truth);
    this.baseLower = new Float64Array(atomCount);
    this.baseUpper = new Float64Array(atomCount).fill(Number.POSITIVE_INFINITY);
    for (const [atom, statement] of earlierBounds) {
      this.baseLower[atom] = Math.max(this.baseLower[atom]!, statement.low);
      this.baseUpper[atom] = Math.min(this.baseUpper[atom]!, statement.high);
    }
    this.rowLower = Float64Array.from(this.system.rows, (row) => row.lower);
    this.rowUpper = Float64Array.from(this.system.rows, (row) => row.upper);
    const entriesOfAtom: Array<Array<[row: number, coefficient: number]>> = Array.from({ length: atomCount }, () => []);
    const rowTruth = new Float64Array(this.system.rows.length);
    this.system.rows.forEach((row, index) =>
      row.columns.forEach((atom, i) => {
        entriesOfAtom[atom]!.push([index, row.coefficients[i]!]);
        rowTruth[index] = rowTruth[index]! + row.coefficients[i]! * this.truth[atom]!;
      }),
    );
    this.rowTruth = rowTruth;
    this.entriesOfAtom = entriesOfAtom;
    this.meetingOfAtom = this.system.atoms.map((key, index) => {
      const atom = parseAtom(key);
      const meeting = atom.kind === 'M' || atom.kind === 'G' ? Number(atom.scope) : null;
      if (meeting === null) this.atomsOfNoMeeting.push(index);
      else this.atomsOfMeeting.set(meeting, [...(this.atomsOfMeeting.get(meeting) ?? []), index]);
      return meeting;
    });
    this.newCellsOfAtom = Array.from({ length: atomCount }, () => []);
    problem.newCells.forEach((cell, index) =>
      cell.terms.forEach(([atom]) => this.newCellsOfAtom[this.system.columnOf(atom)!]!.push(index)),
    );
  }

  /** HiGHS on the problem as it stands; rebuilt after a state changed. */
  get solver(): BoundSolver {
    this.current ??= this.buildSolver(null);
    return this.current;
  }

  /**
   * A restriction in which only the atoms of some meetings (and those of no meeting) may move, the
   * others held at their true values: a small problem whose solutions are solutions of the whole,
   * so it can prove cells protected (never exposed) at a fraction of the cost.
   */
  restrictedSolver(meetings: readonly number[]): BoundSolver {
    const key = meetings.join(',');
    let solver = this.restricted.get(key);
    if (!solver) {
      solver = this.buildSolver([...this.atomsOfNoMeeting, ...meetings.flatMap((id) => this.atomsOfMeeting.get(id) ?? [])]);
      this.restricted.set(key, solver);
    }
    return solver;
  }

  /** The meeting whose attendance an atom counts, if any. */
  meetingOf(atom: number): number | null {
    return this.meetingOfAtom[atom] ?? null;
  }

  /** HiGHS on the whole problem, or on a restriction where only the free atoms move. */
  private buildSolver(free: readonly number[] | null): BoundSolver {
    this.bounds ??= this.currentBounds();
    const { rowLower, rowUpper } = this.bounds;
    let reduced;
    if (!free) {
      reduced = reduceSystem(this.system, Float64Array.from(this.bounds.lower), Float64Array.from(this.bounds.upper), rowLower, rowUpper);
    } else {
      // Held at the truth, the other atoms satisfy every row they alone make up: only rows that
      // touch a free atom are worth reducing, and only as far as their free atoms.
      const lower = Float64Array.from(this.truth);
      const upper = Float64Array.from(this.truth);
      const views = new Map<number, { index: number; columns: number[]; coefficients: number[]; held: number }>();
      for (const atom of free) {
        // An atom a published figure fixes stays at its value (the truth): like the held ones.
        if (this.bounds.lower[atom] === this.bounds.upper[atom]) continue;
        lower[atom] = this.bounds.lower[atom]!;
        upper[atom] = this.bounds.upper[atom]!;
        for (const [row, coefficient] of this.entriesOfAtom[atom]!) {
          let view = views.get(row);
          if (!view) views.set(row, (view = { index: row, columns: [], coefficients: [], held: this.rowTruth[row]! }));
          view.columns.push(atom);
          view.coefficients.push(coefficient);
          view.held -= coefficient * this.truth[atom]!;
        }
      }
      reduced = reduceRows([...views.values()], lower, upper, rowLower, rowUpper, free, this.truth);
    }
    const solver = BoundSolver.create(this.highs, this.system, reduced);
    this.solvers.push(solver);
    return solver;
  }

  get problemsSolved(): { linear: number; integer: number } {
    return {
      linear: this.retired.linear + this.solvers.reduce((sum, solver) => sum + solver.linearProblems, 0),
      integer: this.retired.integer + this.solvers.reduce((sum, solver) => sum + solver.integerProblems, 0),
    };
  }

  setState(index: number, state: EntryState): void {
    if (this.states[index] === state) return;
    this.states[index] = state;
    this.retire();
  }

  /**
   * Takes the new document's decisions out of the attacker's hands (leaving what its publication
   * will certainly say, as for documents not released yet), to tell old exposures from new ones.
   */
  withoutNewDocument<T>(work: () => T): T {
    this.relaxed = true;
    this.retire();
    try {
      return work();
    } finally {
      this.relaxed = false;
      this.retire();
    }
  }

  newTarget(index: number): AuditTarget | null {
    const state = this.states[index]!;
    if (state === 'shown') return null;
    const cached = this.targetCache.get(index);
    if (cached?.state === state) return cached.target;
    const target = this.target(this.problem.newCells[index]!.terms, markerRange(state, this.problem.threshold));
    this.targetCache.set(index, { state, target });
    return target;
  }

  /** Hidden cells of earlier releases, and the small counts of documents not released yet. */
  earlierTargets(): AuditTarget[] {
    const small = markerRange('primary', this.problem.threshold);
    return [
      ...this.problem.earlierCells.filter((cell) => cell.state !== 'shown').map((cell) => this.target(cell.terms, cell.range!)),
      ...this.problem.potentialCells
        .filter((cell) => cell.value >= 1 && cell.value <= small.high)
        .map((cell) => this.target(cell.terms, small)),
    ];
  }

  /**
   * Whether a shown cell of the new document holds an optimum in place: its atom's reduced cost or
   * its row's dual is non-zero, so hiding it lets the optimum move (unless an earlier release fixes
   * the same atom anyway).
   */
  holdsOptimum(index: number, duals: Duals): boolean {
    const handle = this.handles[index]!;
    if (handle.kind === 'row') return Math.abs(duals.rows[handle.row]!) > dualTolerance;
    const fixedBefore = this.baseLower[handle.atom] === this.baseUpper[handle.atom];
    return !fixedBefore && Math.abs(duals.atoms[handle.atom]!) > dualTolerance;
  }

  dispose(): void {
    this.retire();
  }

  private retire(): void {
    this.retired = this.problemsSolved;
    for (const solver of this.solvers) solver.dispose();
    this.solvers.length = 0;
    this.restricted.clear();
    this.current = null;
    this.bounds = null;
  }

  private target(terms: Terms, range: MarkerRange): AuditTarget {
    const merged = new Map<number, number>();
    for (const [atom, coefficient] of terms) {
      const column = this.system.columnOf(atom)!;
      merged.set(column, (merged.get(column) ?? 0) + coefficient);
    }
    return { key: targetKey(terms, range), columns: [...merged.keys()], coefficients: [...merged.values()], range };
  }

  /** Every bound and row range as the current states (or the relaxation) say. */
  private currentBounds() {
    const lower = Float64Array.from(this.baseLower);
    const upper = Float64Array.from(this.baseUpper);
    const rowLower = Float64Array.from(this.rowLower);
    const rowUpper = Float64Array.from(this.rowUpper);
    this.problem.newCells.forEach((_cell, index) => {
      const handle = this.handles[index]!;
      const statement = this.relaxed
        ? certainStatement(this.problem.newCells[index]!.value, this.problem.threshold)
        : this.statement(index);
      if (handle.kind === 'atom') {
        lower[handle.atom] = Math.max(lower[handle.atom]!, statement.low);
        upper[handle.atom] = Math.min(upper[handle.atom]!, statement.high);
      } else {
        rowLower[handle.row] = statement.low;
        rowUpper[handle.row] = statement.high;
      }
    });
    return { lower, upper, rowLower, rowUpper };
  }

  private statement(index: number): CellStatement {
    return statementOf(this.states[index]!, this.problem.newCells[index]!.value, this.problem.threshold);
  }
}
