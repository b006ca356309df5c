import { fiscalQuarterKey, type FiscalQuarter } from '../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../shared/domain/stakeholder-categories';
import type { Executor } from '../electron/ledger/database';
import { atoms } from '../electron/reports/disclosure/atom-keys';
import type { CountCell } from '../electron/reports/disclosure/disclosure-cell';
import { gatherDisclosureFacts } from '../electron/reports/disclosure/disclosure-facts-query';
import type { DisclosureProblem } from '../electron/reports/disclosure/disclosure-model';
import { sharedMinutesCells } from '../electron/reports/meetings/shared-minutes-cells';
import { otherRow, quarterlyCells } from '../electron/reports/quarterly/quarterly-cells';
import type { QuarterlyReportData } from '../electron/reports/quarterly/quarterly-report-data';

/**
 * Everything a quarter sends to funders and government at once: the quarterly report and the
 * shared minutes of every held meeting of the quarter, as one disclosure problem with their true
 * figures from the ledger (so no document of the quarter is left unreleased). What the benchmark
 * audits and suppresses.
 */
export async function quarterReleasePlan(db: Executor, quarter: FiscalQuarter, data: QuarterlyReportData): Promise<DisclosureProblem> {
  const report = quarterlyCells(data);
  const period = fiscalQuarterKey(quarter);
  const probe = await gatherDisclosureFacts(db, [atoms.participants(period, stakeholderCategories[0])]);
  const meetings = probe.heldMeetingsByQuarter.get(period) ?? [];
  const rare = report.categoryRows.find((row) => row.key === otherRow)?.categories ?? [];
  const minutes: CountCell[] = meetings.flatMap((meetingId) =>
    sharedMinutesCells({
      meetingId,
      meeting: { heldOn: data.startsOn },
      rareCategories: rare,
      attendanceByCategory: stakeholderCategories.map((category) => ({
        category,
        members: probe.truth.get(atoms.present(meetingId, category)) ?? 0,
        guests: probe.truth.get(atoms.guests(meetingId, category)) ?? 0,
      })),
    }).counts,
  );
  const newCells = [...report.counts, ...minutes];
  const facts = await gatherDisclosureFacts(db, newCells.flatMap((cell) => cell.terms.map(([atom]) => atom)));
  return { newCells, earlierCells: [], potentialCells: [], facts, threshold: report.threshold };
}
