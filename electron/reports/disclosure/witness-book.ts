import { valueAt, type AuditTarget } from './audit-target';

/** Enough points to judge a cell hidden later in the same audit; older ones add little. */
const pointsKept = 48;

interface Seen {
  readonly target: AuditTarget;
  low: number;
  high: number;
}

/**
 * Integer points known to satisfy everything the attacker knows: the truth, then every integral
 * optimum the solver returns. Each is a world the attacker cannot rule out, so the values a hidden
 * cell takes across them are values the attacker's interval must contain. Hiding another cell only
 * removes knowledge, so the points stay valid while suppression goes on.
 */
export class WitnessBook {
  private readonly points: Float64Array[] = [];
  private readonly seen = new Map<string, Seen>();
  /** The cells each atom appears in: a new point changes only the cells of atoms that moved. */
  private readonly seenByAtom = new Map<number, Seen[]>();

  constructor(private readonly truth: Float64Array) {
    this.points.push(truth);
  }

  /** A new world; movable lists the only atoms that may differ from the truth in it. */
  add(point: Float64Array, movable: readonly number[]): void {
    if (this.points.length >= pointsKept) this.points.splice(1, 1);
    this.points.push(point);
    const touched = new Set<Seen>();
    for (const atom of movable) {
      if (point[atom] === this.truth[atom]) continue;
      for (const entry of this.seenByAtom.get(atom) ?? []) touched.add(entry);
    }
    for (const entry of touched) {
      const value = valueAt(entry.target, point);
      if (value < entry.low) entry.low = value;
      if (value > entry.high) entry.high = value;
    }
  }

  /** The values a target was seen to take, over every point kept since the book was opened. */
  range(target: AuditTarget): { readonly low: number; readonly high: number } {
    let entry = this.seen.get(target.key);
    if (!entry) {
      let low = Number.POSITIVE_INFINITY;
      let high = Number.NEGATIVE_INFINITY;
      for (const point of this.points) {
        const value = valueAt(target, point);
        if (value < low) low = value;
        if (value > high) high = value;
      }
      entry = { target, low, high };
      this.seen.set(target.key, entry);
      for (const atom of target.columns) {
        const list = this.seenByAtom.get(atom);
        if (list) list.push(entry);
        else this.seenByAtom.set(atom, [entry]);
      }
    }
    return entry;
  }
}
