import { decideDisclosure } from '../../electron/reports/disclosure/decide-disclosure';
import type { CountCell } from '../../electron/reports/disclosure/disclosure-cell';
import { factsOfTruth } from '../../electron/reports/disclosure/disclosure-facts';
import type { DocumentDisclosure } from '../../electron/reports/privacy';

/**
 * The disclosure decision for one document checked on its own, knowing only its own figures: for
 * tests of the pure builders, which need a decision but no ledger. The app always audits against
 * the ledger and the release register (releases/release-shared-document.ts).
 */
export async function standaloneDisclosure(
  counts: readonly CountCell[],
  truth: ReadonlyMap<string, number>,
  threshold: number,
): Promise<DocumentDisclosure> {
  const decision = await decideDisclosure({
    newCells: counts,
    earlierCells: [],
    potentialCells: [],
    facts: factsOfTruth(truth),
    threshold,
  });
  return { states: decision.states, withheld: decision.withheld, earlierReleases: 0 };
}
