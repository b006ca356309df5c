import { objectiveOf, type AuditTarget } from './audit-target';
import type { BoundSolver, SolvedPoint } from './bound-solver';
import { exactlyProtected } from './exact-interval';
import { intervalProtects, valuesToKeepOpen } from './protection-rule';
import { WitnessBook } from './witness-book';

/**
 * Meetings whose cells are pushed together in one restriction. Smaller groups leave more cells to
 * prove one by one; larger ones make each shared problem slower (measured on the benchmark quarter).
 */
const meetingsPerGroup = 32;
const roundsAtMost = 10;

/** Where the audit gets HiGHS from: the disclosure model rebuilds it when a cell's state changes. */
export interface SolverSource {
  readonly solver: BoundSolver;
  restrictedSolver(meetings: readonly number[]): BoundSolver;
  meetingOf(atom: number): number | null;
}

/**
 * The disclosure audit: for every hidden cell, whether the tightest integer bounds an attacker can
 * derive from everything published (and every relation that holds by definition) keep the
 * protection rule. Conceptually two problems per hidden cell, its minimum and its maximum; most of
 * them need not be solved. A cell whose witnesses (integer worlds the attacker cannot rule out)
 * already span enough values is protected whatever its exact bounds are, so:
 * 1. shared rounds push many open cells at once, each towards the value that would settle it, in
 *    small restrictions (a few dozen meetings free, the rest held at the truth: every solution of a
 *    restriction is a solution of the whole, hence a valid witness);
 * 2. a cell still open gets its own minimum and maximum, first in its restriction and in a wider one
 *    (enough to prove it protected, never to condemn it), then in the whole problem, exactly
 *    (exact-interval.ts).
 */
export class HiddenCellAudit {
  private readonly book: WitnessBook;
  private readonly proven = new Set<string>();

  constructor(
    private readonly source: SolverSource,
    truth: Float64Array,
  ) {
    this.book = new WitnessBook(truth);
  }

  /** The hidden cells an attacker can narrow below the rule; the others are remembered as protected. */
  failing(targets: readonly AuditTarget[]): AuditTarget[] {
    const open = targets.filter((target) => !this.proven.has(target.key) && !this.seenProtects(target));
    const groups = this.groups(open);
    for (const group of groups) this.sharedRounds(group.solver(), group.targets);
    const failing: AuditTarget[] = [];
    for (const group of groups) {
      for (const target of group.targets) {
        if (this.seenProtects(target) || this.exact(group.restrictions, target)) this.proven.add(target.key);
        else failing.push(target);
      }
    }
    return failing;
  }

  /** Small restrictions first (enough to prove a cell protected), the whole problem only if they cannot. */
  private exact(restrictions: () => BoundSolver[], target: AuditTarget): boolean {
    const witness = (point: SolvedPoint) => this.book.add(point);
    for (const restricted of restrictions()) {
      if (exactlyProtected(restricted, target, this.book.range(target), witness)) return true;
    }
    return exactlyProtected(this.source.solver, target, this.book.range(target), witness);
  }

  /** Cells counting people at one meeting go with a dozen meetings; the rest with the whole problem. */
  private groups(open: readonly AuditTarget[]) {
    const homes = new Map<AuditTarget, number | null>();
    const home = (target: AuditTarget) => {
      if (homes.has(target)) return homes.get(target)!;
      let meeting = this.source.meetingOf(target.columns[0]!);
      for (const atom of target.columns) if (this.source.meetingOf(atom) !== meeting) meeting = null;
      homes.set(target, meeting);
      return meeting;
    };
    const meetings = [...new Set(open.map(home).filter((id): id is number => id !== null))].sort((a, b) => a - b);
    const groupOf = new Map(meetings.map((id, index) => [id, Math.floor(index / meetingsPerGroup)]));
    const groups = new Map<number, AuditTarget[]>();
    for (const target of open) {
      const meeting = home(target);
      const key = meeting === null ? -1 : groupOf.get(meeting)!;
      const list = groups.get(key);
      if (list) list.push(target);
      else groups.set(key, [target]);
    }
    const lastGroup = Math.floor((meetings.length - 1) / meetingsPerGroup);
    const membersOf = (key: number) => meetings.filter((id) => groupOf.get(id) === key);
    return [...groups].sort((a, b) => a[0] - b[0]).map(([key, targets]) => {
      const members = membersOf(key);
      // The neighbouring group too: more partners across meetings, still far smaller than the whole.
      const neighbour = key < lastGroup ? key + 1 : key - 1;
      return {
        targets,
        solver: () => (key >= 0 ? this.source.restrictedSolver(members) : this.source.solver),
        restrictions: () =>
          key < 0
            ? []
            : [
                this.source.restrictedSolver(members),
                ...(neighbour >= 0 && neighbour !== key ? [this.source.restrictedSolver([...members, ...membersOf(neighbour)].sort((a, b) => a - b))] : []),
              ],
      };
    });
  }

  private seenProtects(target: AuditTarget): boolean {
    const seen = this.book.range(target);
    if (!intervalProtects(seen.low, seen.high, target.range)) return false;
    this.proven.add(target.key);
    return true;
  }

  /**
   * Linear problems for many cells at once: maximise a weighted sum of the open cells, each pushed
   * the way it has room to move and held just short of the value that settles it, so that cells
   * sharing a fixed total leave room for one another. Weights vary from round to round so that,
   * among cells that cannot all move at once, different ones move each time.
   */
  private sharedRounds(solver: BoundSolver, targets: readonly AuditTarget[]): void {
    for (let round = 0; round < roundsAtMost; round += 1) {
      const open = targets.filter((target) => !this.seenProtects(target));
      if (open.length < 2) return;
      const objective = new Map<number, number>();
      const bounds = new Map<number, readonly [number, number]>();
      for (const target of open) {
        const move = this.move(target);
        if (!move) continue;
        objectiveOf(target, move.direction * (1 + (stableHash(`${target.key}#${round}`) % 1000) / 1000), objective);
        if (target.columns.length === 1 && target.coefficients[0] === 1) bounds.set(target.columns[0]!, move.bounds);
      }
      if (objective.size === 0) return;
      const optimum = solver.withinBounds(bounds, () => solver.linear(objective, 'max'));
      if (optimum.status !== 'optimal' || !optimum.integral) return;
      this.book.add(optimum.point);
      if (open.every((target) => !this.seenProtects(target))) return;
    }
  }

  /** Which way a cell must move to settle, and how far it needs to go (no further). */
  private move(target: AuditTarget): { direction: 1 | -1; bounds: readonly [number, number] } | null {
    const seen = this.book.range(target);
    const need = valuesToKeepOpen(target.range);
    if (!Number.isFinite(target.range.high)) {
      return seen.low > target.range.low ? { direction: -1, bounds: [seen.high - need + 1, Number.POSITIVE_INFINITY] } : null;
    }
    return target.range.high - seen.high >= seen.low - target.range.low
      ? { direction: 1, bounds: [target.range.low, Math.min(target.range.high, seen.low + need - 1)] }
      : { direction: -1, bounds: [Math.max(target.range.low, seen.high - need + 1), target.range.high] };
  }
}

/** Same input, same weight: the audit must decide the same way every time. */
function stableHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}
