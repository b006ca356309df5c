import { fiscalQuarterRange, parseFiscalQuarterKey } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories, type StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { atoms } from '../disclosure/atom-keys';
import type { CountCell } from '../disclosure/disclosure-cell';
import type { DisclosureFacts } from '../disclosure/disclosure-facts';
import { sharedMinutesCells } from '../meetings/shared-minutes-cells';
import { rareCategories } from '../privacy/rare-rows';
import { foldedRows, membershipTableCells, participationTableCells } from '../quarterly/quarterly-cells';
import { fundingCountCells, fundingOrganisationsTable } from '../quarterly/funding/funding-cells';
import { scopedTable } from '../quarterly/report-scope';

/** What is already out: tables of quarterly reports ("participation:BC|2026-Q3") and meetings' shared minutes. */
export interface ReleasedTables {
  readonly meetings: ReadonlySet<number>;
  /** `${table key}|${period}` of every quarterly table published. */
  readonly tables: ReadonlySet<string>;
}

/** The quarters whose provincial reports are involved (a provincial figure touches them). */
export interface ProvincialQuarters {
  readonly participation: ReadonlySet<string>;
  readonly membership: ReadonlySet<string>;
  readonly funding: ReadonlySet<string>;
}

/**
 * The counts of people the quarter's other shared documents would print, for the documents not
 * released yet: each held meeting's shared minutes and the quarter's report. Laid out exactly as
 * those documents lay them out (rare categories folded the same way).
 *
 * Once a provincial report of a quarter is involved, the quarter's other reports are too: the
 * national one and every province's (with held meetings, for participation), since a national
 * figure minus the other provinces' can give one province's small count away before its report
 * prints it as "<10".
 */
export function potentialCells(
  facts: DisclosureFacts,
  quarters: Iterable<string>,
  released: ReleasedTables,
  threshold: number,
  provincial: ProvincialQuarters = { participation: new Set(), membership: new Set(), funding: new Set() },
): CountCell[] {
  const cells: CountCell[] = [];
  const unreleased = (table: string, province: string | null, quarter: string) => !released.tables.has(`${scopedTable(table, province)}|${quarter}`);
  // Rows folded as the report of the scope folds them: by the members of its province (all of them for the network).
  const tableOf = (quarter: string, province: string | null) => {
    const during = province === null ? facts.membersDuringQuarter.get(quarter) : facts.membersDuringQuarterIn.get(quarter)?.get(province);
    const categoryRows = foldedRows(stakeholderCategories, rareCategories(during ?? new Map<StakeholderCategory, number>(), threshold));
    return { period: quarter, categoryRows, truth: facts.truth, province };
  };
  for (const quarter of quarters) {
    const held = facts.heldMeetingsByQuarter.get(quarter);
    if (!held) continue;
    if (unreleased('participation', null, quarter)) cells.push(...participationTableCells(tableOf(quarter, null)));
    if (provincial.participation.has(quarter)) {
      for (const province of new Set(held.map((id) => facts.provinceOfHeldMeeting.get(id)!))) {
        if (unreleased('participation', province, quarter)) cells.push(...participationTableCells(tableOf(quarter, province)));
      }
    }
    const rare = rareCategories(facts.membersDuringQuarter.get(quarter) ?? new Map(), threshold);
    const dayInQuarter = fiscalQuarterRange(parseFiscalQuarterKey(quarter)).startsOn;
    for (const meetingId of held) {
      if (released.meetings.has(meetingId)) continue;
      const attendanceByCategory = stakeholderCategories.map((category) => ({
        category,
        members: facts.truth.get(atoms.present(meetingId, category)) ?? 0,
        guests: facts.truth.get(atoms.guests(meetingId, category)) ?? 0,
      }));
      cells.push(...sharedMinutesCells({ meetingId, meeting: { heldOn: dayInQuarter }, attendanceByCategory, rareCategories: rare }).counts);
    }
  }
  for (const quarter of provincial.membership) {
    for (const province of [null, ...facts.provincesInUse]) {
      if (unreleased('membership', province, quarter)) cells.push(...membershipTableCells(tableOf(quarter, province)));
    }
  }
  for (const quarter of provincial.funding) {
    for (const province of [null, ...facts.provincesInUse]) {
      if (unreleased(fundingOrganisationsTable, province, quarter)) cells.push(...fundingCountCells(facts.truth, quarter, province));
    }
  }
  return cells;
}
