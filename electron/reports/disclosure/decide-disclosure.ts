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
  /** True when hiding every non-zero count still left a cell exposed (the tables show markers only). */
  readonly withheld: boolean;
  /** Hidden cells of earlier releases a reader could already narrow from those releases alone. */
  readonly exposedBefore: number;
  readonly problemsSolved: { readonly linear: number; readonly integer: number };
}

/** Counts from 1 to threshold-1 are hidden; zero describes nobody and is published. */
function primaryState(cell: CountCell, threshold: number, keepHidden: ReadonlySet<string>): EntryState {
  if (cell.value === 0) return 'shown';
  if (cell.value < threshold) return 'primary';
  return keepHidden.has(cellKey(cell)) ? 'complementary' : 'shown';
}

const uniqueByKey = (targets: readonly AuditTarget[]) => [...new Map(targets.map((t) => [t.key, t])).values()];

/**
 * Primary suppression, then complementary suppression driven by the audit: while a hidden cell (of
 * this document or of an earlier release to the same audience) fails the protection rule, hide the
 * cheapest cell of this document that holds the attacker's bound, and audit again. Earlier releases
 * cannot change, so this document carries whatever extra hiding they need. Totals keep their true
 * values; they are hidden only when no ordinary cell can help.
 *
 * keepHidden: the cells the previous version of this same document hid. Starting from them makes a
 * regenerated document publish the same cells when nothing changed (see README: releases).
 */
export async function decideDisclosure(
  problem: DisclosureProblem,
  keepHidden: ReadonlySet<string> = new Set(),
): Promise<DisclosureDecision> {
  const cells = problem.newCells;
  const initial = cells.map((cell) => primaryState(cell, problem.threshold, keepHidden));
  const statesByKey = (states: readonly EntryState[]) => new Map(cells.map((cell, index) => [cellKey(cell), states[index]!]));
  const anythingHidden =
    initial.some((state) => state !== 'shown') || problem.earlierCells.some((cell) => cell.state !== 'shown');
  if (!anythingHidden) {
    return { states: statesByKey(initial), withheld: false, exposedBefore: 0, problemsSolved: { linear: 0, integer: 0 } };
  }
  const model = new DisclosureModel(await highsRuntime(), problem, initial);
  try {
    const audit = new HiddenCellAudit(model, model.truth);
    const earlier = uniqueByKey(model.earlierTargets());
    const exposedBefore = new Set<string>();
    let withheld = false;
    for (;;) {
      const newTargets = cells.map((_cell, index) => model.newTarget(index)).filter((t): t is AuditTarget => t !== null);
      const newKeys = new Set(newTargets.map((target) => target.key));
      const targets = uniqueByKey([...earlier.filter((target) => !exposedBefore.has(target.key)), ...newTargets]);
      let failing = audit.failing(targets);
      const earlierOnly = failing.filter((target) => !newKeys.has(target.key));
      if (earlierOnly.length > 0) {
        // Not this document's doing if the earlier releases already give the cell away on their own.
        const alreadyExposed = model.withoutNewDocument(() =>
          new HiddenCellAudit(model, model.truth).failing(earlierOnly),
        );
        for (const target of alreadyExposed) exposedBefore.add(target.key);
        failing = failing.filter((target) => !exposedBefore.has(target.key));
      }
      if (failing.length === 0) break;
      let hidden = 0;
      for (const [position, target] of failing.entries()) {
        // A partner chosen for an earlier target of this round may have protected this one too.
        if (position > 0 && audit.failing([target]).length === 0) continue;
        const partner = choosePartner(model, cells, target);
        if (partner === null) continue;
        model.setState(partner, 'complementary');
        hidden += 1;
      }
      if (hidden === 0) {
        // Nothing left to hide near the exposed cells: publish markers only rather than a figure that gives one away.
        cells.forEach((cell, index) => {
          if (cell.value > 0 && model.states[index] === 'shown') model.setState(index, 'complementary');
        });
        withheld = true;
        break;
      }
    }
    return {
      states: statesByKey(model.states),
      withheld,
      exposedBefore: exposedBefore.size,
      problemsSolved: model.problemsSolved,
    };
  } finally {
    model.dispose();
  }
}
