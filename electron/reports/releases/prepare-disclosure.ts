import { fiscalQuarterKey, fiscalQuarterOf } from '../../../shared/domain/fiscal-quarter';
import type { ReleaseAudience } from '../../../shared/domain/release-register';
import type { Executor } from '../../ledger/database';
import { listReleasedCounts } from '../../ledger/reports/release-register-repository';
import { parseAtom } from '../disclosure/atom-keys';
import { componentOf } from '../disclosure/components';
import { quartersTouched } from '../disclosure/definitional-relations';
import { cellKey, type CountCell } from '../disclosure/disclosure-cell';
import { gatherDisclosureFacts } from '../disclosure/disclosure-facts-query';
import type { DisclosureProblem } from '../disclosure/disclosure-model';
import { evaluateTerms } from '../disclosure/terms';
import { earlierCell, type EarlierCell } from './earlier-releases';
import { potentialCells } from './potential-cells';

export interface PreparedDisclosure {
  readonly problem: DisclosureProblem;
  /** Cells the previous release of this same document hid. */
  readonly keepHidden: ReadonlySet<string>;
  /** Earlier releases whose cells the audit takes into account. */
  readonly earlierReleases: number;
}

/**
 * Everything the audit of a new shared document needs: the earlier releases to the same audience
 * that describe the same people, and the true figures behind all of them.
 *
 * Regenerating after the data changed: the new document is a new release, audited against the
 * earlier ones. An earlier cell that no longer describes the ledger (a count corrected since) is a
 * statement about the ledger as it was; it is left out of the attacker's system, since no true
 * figure satisfies it. The previous release of the same document still sets which cells stay hidden.
 */
export async function prepareDisclosure(
  db: Executor,
  request: { newCells: readonly CountCell[]; documentKey: string; threshold: number; audience: ReleaseAudience },
): Promise<PreparedDisclosure> {
  const stored = (await listReleasedCounts(db, request.audience)).map(earlierCell);
  const meetingIds = new Set<number>();
  for (const cell of [...request.newCells, ...stored]) {
    for (const [atom] of cell.terms) {
      const parsed = parseAtom(atom);
      if (parsed.kind === 'M' || parsed.kind === 'G') meetingIds.add(Number(parsed.scope));
    }
  }
  const meetings = meetingIds.size === 0 ? [] : await db.selectFrom('meetings').select(['id', 'held_on', 'status']).where('id', 'in', [...meetingIds]).execute();
  const quarterOfHeld = new Map(
    meetings.filter((meeting) => meeting.status === 'held').map((meeting) => [meeting.id, fiscalQuarterKey(fiscalQuarterOf(meeting.held_on))]),
  );
  const touched = new Set(request.newCells.flatMap((cell) => cell.terms.map(([atom]) => componentOf(atom, quarterOfHeld))));
  const relevant = stored.filter((cell) => cell.terms.some(([atom]) => touched.has(componentOf(atom, quarterOfHeld))));
  const facts = await gatherDisclosureFacts(db, [...request.newCells, ...relevant].flatMap((cell) => cell.terms.map(([atom]) => atom)));
  for (const cell of request.newCells) {
    if (evaluateTerms(cell.terms, facts.truth) !== cell.value) {
      throw new Error(`The figures changed while the document was prepared (${cellKey(cell)}): generate it again`);
    }
  }
  const current = relevant.filter((cell) => stillTrue(cell, facts.truth));
  const published = [...request.newCells, ...current];
  const released = {
    meetings: new Set(published.filter((cell) => cell.table === 'attendance').map((cell) => cell.meetingId!)),
    tables: new Set(published.filter((cell) => cell.period !== null && cell.meetingId === null).map((cell) => `${cell.table}|${cell.period}`)),
  };
  const quarters = [...touched].filter((key) => key.startsWith('quarter:')).map((key) => key.slice('quarter:'.length));
  const { provincial } = quartersTouched(
    published.flatMap((cell) => cell.terms.map(([atom]) => atom)),
    facts,
  );
  return {
    problem: {
      newCells: request.newCells,
      earlierCells: current,
      potentialCells: potentialCells(facts, quarters, released, request.threshold, provincial),
      facts,
      threshold: request.threshold,
    },
    keepHidden: hiddenInLatest(stored, request.documentKey),
    earlierReleases: new Set(current.map((cell) => cell.releaseId)).size,
  };
}

function stillTrue(cell: EarlierCell, truth: ReadonlyMap<string, number>): boolean {
  const value = evaluateTerms(cell.terms, truth);
  return cell.state === 'shown' ? value === cell.value : value >= cell.range!.low && value <= cell.range!.high;
}

function hiddenInLatest(stored: readonly EarlierCell[], documentKey: string): Set<string> {
  const mine = stored.filter((cell) => cell.documentKey === documentKey);
  const latest = Math.max(...mine.map((cell) => cell.releaseId));
  return new Set(mine.filter((cell) => cell.releaseId === latest && cell.state !== 'shown').map(cellKey));
}
