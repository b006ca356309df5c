import type { AuditTarget } from './audit-target';
import type { SolvedPoint } from './bound-solver';

/** Enough points to judge a cell hidden later in the same audit; older ones add little. */
const pointsKept = 48;

interface Seen {
  readonly target: AuditTarget;
  low: number;
  high: number;
}

/** A world kept as where it differs from the truth: most solutions move few atoms. */
interface Difference {
  readonly atoms: Int32Array;
  readonly values: Float64Array;
  lookup?: Map<number, number>;
}

/**
 * Integer points known to satisfy everything the attacker knows: the truth, then every integral
 * optimum the solver returns. Each is a world the attacker cannot rule out, so the values a hidden
 * cell takes across them are values the attacker's interval must contain. Hiding another cell only
 * removes knowledge, so the points stay valid while suppression goes on.
 */
export class WitnessBook {
  private readonly differences: Difference[] = [];
  private readonly seen = new Map<string, Seen>();
  /** The cells each atom appears in: a new point changes only the cells of atoms that moved. */
  private readonly seenByAtom = new Map<number, Seen[]>();
  /** The truth, with a new point's differences written in while its cells are evaluated. */
  private readonly scratch: Float64Array;

  constructor(private readonly truth: Float64Array) {
    this.scratch = Float64Array.from(truth);
  }

  add(point: SolvedPoint): void {
    const moved: number[] = [];
    for (let index = 0; index < point.atoms.length; index += 1) {
      if (point.values[index] !== this.truth[point.atoms[index]!]) moved.push(index);
    }
    if (moved.length === 0) return;
    const difference: Difference = {
      atoms: Int32Array.from(moved, (index) => point.atoms[index]!),
      values: Float64Array.from(moved, (index) => point.values[index]!),
    };
    if (this.differences.length >= pointsKept) this.differences.shift();
    this.differences.push(difference);
    const touched = new Set<Seen>();
    difference.atoms.forEach((atom, index) => {
      this.scratch[atom] = difference.values[index]!;
      for (const entry of this.seenByAtom.get(atom) ?? []) touched.add(entry);
    });
    for (const entry of touched) this.widen(entry, this.valueIn(entry.target, this.scratch));
    for (const atom of difference.atoms) this.scratch[atom] = this.truth[atom]!;
  }

  /** The values a target was seen to take, over the truth and every point kept since the book was opened. */
  range(target: AuditTarget): { readonly low: number; readonly high: number } {
    let entry = this.seen.get(target.key);
    if (!entry) {
      const truth = this.valueIn(target, this.truth);
      entry = { target, low: truth, high: truth };
      for (const difference of this.differences) {
        difference.lookup ??= new Map(Array.from(difference.atoms, (atom, index) => [atom, difference.values[index]!]));
        const lookup = difference.lookup;
        let value = 0;
        target.columns.forEach((atom, i) => (value += target.coefficients[i]! * (lookup.get(atom) ?? this.truth[atom]!)));
        this.widen(entry, value);
      }
      this.seen.set(target.key, entry);
      for (const atom of target.columns) {
        const list = this.seenByAtom.get(atom);
        if (list) list.push(entry);
        else this.seenByAtom.set(atom, [entry]);
      }
    }
    return entry;
  }

  private valueIn(target: AuditTarget, point: Float64Array): number {
    let value = 0;
    for (let i = 0; i < target.columns.length; i += 1) value += target.coefficients[i]! * point[target.columns[i]!]!;
    return value;
  }

  private widen(entry: Seen, value: number): void {
    if (value < entry.low) entry.low = value;
    if (value > entry.high) entry.high = value;
  }
}
