import type { EntryState } from '../privacy/published-count';
import type { AuditTarget } from './audit-target';
import { choosePartner } from './choose-partner';
import { cellKey, type CountCell } from './disclosure-cell';
import { DisclosureModel, type DisclosureProblem } from './disclosure-model';
import { HiddenCellAudit } from './hidden-cell-audit';
import { highsRuntime } from './highs-runtime';

export interface DisclosureDecision {
  /** The state of every cell of the new document, by cellKey. */
  readonly states: ReadonlyMap<string, EntryState>;
  /** True when hiding every count near an exposed small count could not protect it (the tables show markers only). */
  readonly withheld: boolean;
  /** Small counts already given away by earlier releases (and what later ones will certainly say) on their own. */
  readonly exposedBefore: number;
  readonly problemsSolved: { readonly linear: number; readonly integer: number };
}

/** A count hidden to protect another: "<10" below the threshold (a zero), "x" from it. */
function hiddenState(cell: CountCell, threshold: number): EntryState {
  return cell.value < threshold ? 'primary' : 'complementary';
}

/** Counts from 1 to threshold-1 are hidden; zero describes nobody and is published unless it must protect. */
function primaryState(cell: CountCell, threshold: number, keepHidden: ReadonlySet<string>): EntryState {
  if (cell.value > 0 && cell.value < threshold) return 'primary';
  return keepHidden.has(cellKey(cell)) ? hiddenState(cell, threshold) : 'shown';
}

const uniqueByKey = (targets: readonly AuditTarget[]) => [...new Map(targets.map((t) => [t.key, t])).values()];

/**
 * Primary suppression, then complementary suppression driven by the audit: while a hidden cell (of
 * this document, of an earlier release to the same audience, or a small count a later document
 * will print) fails the protection rule, hide the cheapest cell of this document that holds the
 * attacker's bound, and audit again. Earlier releases cannot change, so this document carries
 * whatever extra hiding they need. Totals keep their true values; they are hidden only when no
 * ordinary cell can help.
 *
 * A count hidden only to protect others that cannot itself be kept from the attacker protects
 * nothing: it is printed instead, and the cells it was meant to protect get other partners.
 *
 * keepHidden: the cells the previous version of this same document hid. Starting from them makes a
 * regenerated document publish the same cells when nothing changed (README: the release register).
 */
export async function decideDisclosure(
  problem: DisclosureProblem,
  keepHidden: ReadonlySet<string> = new Set(),
): Promise<DisclosureDecision> {
  const cells = problem.newCells;
  const initial = cells.map((cell) => primaryState(cell, problem.threshold, keepHidden));
  const statesByKey = (states: readonly EntryState[]) => new Map(cells.map((cell, index) => [cellKey(cell), states[index]!]));
  const anythingToProtect =
    initial.some((state) => state !== 'shown') ||
    problem.earlierCells.some((cell) => cell.state !== 'shown') ||
    problem.potentialCells.some((cell) => cell.value > 0 && cell.value < problem.threshold);
  if (!anythingToProtect) {
    return { states: statesByKey(initial), withheld: false, exposedBefore: 0, problemsSolved: { linear: 0, integer: 0 } };
  }
  const model = new DisclosureModel(await highsRuntime(), problem, initial);
  try {
    const run = new SuppressionRun(model, problem);
    const withheld = run.complete();
    return { states: statesByKey(model.states), withheld, exposedBefore: run.exposedBefore.size, problemsSolved: model.problemsSolved };
  } finally {
    model.dispose();
  }
}

class SuppressionRun {
  readonly exposedBefore = new Set<string>();
  /** Cells of this document printed because hiding them protects nothing: never chosen again. */
  private readonly givenAway = new Set<number>();
  private readonly earlier: AuditTarget[];
  private audit: HiddenCellAudit;

  constructor(
    private readonly model: DisclosureModel,
    private readonly problem: DisclosureProblem,
  ) {
    this.earlier = uniqueByKey(model.earlierTargets());
    this.audit = new HiddenCellAudit(model, model.truth);
  }

  /** Runs until every hidden cell passes the rule; true when it had to withhold every figure. */
  complete(): boolean {
    for (;;) {
      const newTargets = uniqueByKey(this.problem.newCells.map((_cell, index) => this.model.newTarget(index)).filter((t) => t !== null));
      const targets = uniqueByKey([...this.earlier, ...newTargets].filter((target) => !this.exposedBefore.has(target.key)));
      let failing = this.audit.failing(targets);
      if (failing.length === 0) return false;
      // Not this document's doing when what was already published (or is certain to be) gives the
      // cell away on its own: a small count is counted as exposed before; a protective one is printed.
      const alreadyExposed = this.model.withoutNewDocument(() => new HiddenCellAudit(this.model, this.model.truth).failing(failing));
      if (alreadyExposed.filter((target) => !this.printProtective(target)).length < alreadyExposed.length) {
        this.restartAudit();
        continue;
      }
      for (const target of alreadyExposed) this.exposedBefore.add(target.key);
      failing = failing.filter((target) => !this.exposedBefore.has(target.key));
      if (failing.length === 0) return false;
      if (!this.hidePartners(failing)) return this.withholdEverything();
    }
  }

  /** One partner per failing cell; a protective cell with no partner left is printed instead. False when nothing changed. */
  private hidePartners(failing: readonly AuditTarget[]): boolean {
    let changed = false;
    let printed = false;
    for (const [position, target] of failing.entries()) {
      // A partner chosen for an earlier target of this round may have protected this one too.
      if (position > 0 && this.audit.failing([target]).length === 0) continue;
      const partner = choosePartner(this.model, this.problem.newCells, target, this.givenAway);
      if (partner !== null) {
        this.model.setState(partner, hiddenState(this.problem.newCells[partner]!, this.problem.threshold));
        changed = true;
      } else if (this.printProtective(target)) {
        changed = printed = true;
      }
    }
    if (printed) this.restartAudit();
    return changed;
  }

  /** Prints the cells behind a target when they were hidden only to protect others. */
  private printProtective(target: AuditTarget): boolean {
    const indexes = this.problem.newCells.flatMap((_cell, index) =>
      this.model.states[index] !== 'shown' && this.model.newTarget(index)?.key === target.key ? [index] : [],
    );
    const protective = indexes.filter((index) => !this.isSmall(index));
    if (indexes.length === 0 || protective.length < indexes.length) return false;
    for (const index of protective) {
      this.model.setState(index, 'shown');
      this.givenAway.add(index);
    }
    return true;
  }

  private isSmall(index: number): boolean {
    const value = this.problem.newCells[index]!.value;
    return value > 0 && value < this.problem.threshold;
  }

  /** Printing a figure adds knowledge: what was proven protected must be proven again. */
  private restartAudit(): void {
    this.audit = new HiddenCellAudit(this.model, this.model.truth);
  }

  /** Nothing left to hide near an exposed small count: markers only rather than a figure that gives one away. */
  private withholdEverything(): boolean {
    this.problem.newCells.forEach((cell, index) => {
      if (this.model.states[index] === 'shown' && !this.givenAway.has(index)) {
        this.model.setState(index, hiddenState(cell, this.problem.threshold));
      }
    });
    return true;
  }
}
