import { fiscalQuarterRange, parseFiscalQuarterKey } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { atoms } from '../disclosure/atom-keys';
import type { CountCell } from '../disclosure/disclosure-cell';
import type { DisclosureFacts } from '../disclosure/disclosure-facts';
import { sharedMinutesCells } from '../meetings/shared-minutes-cells';
import { rareCategories } from '../privacy/rare-rows';
import { foldedRows, participationTableCells } from '../quarterly/quarterly-cells';

/**
 * The counts of people the quarter's other shared documents would print, for the documents not
 * released yet: each held meeting's shared minutes and the quarter's report. Laid out exactly as
 * those documents lay them out (rare categories folded the same way).
 */
export function potentialCells(
  facts: DisclosureFacts,
  quarters: Iterable<string>,
  released: { readonly meetings: ReadonlySet<number>; readonly quarters: ReadonlySet<string> },
  threshold: number,
): CountCell[] {
  const cells: CountCell[] = [];
  for (const quarter of quarters) {
    const held = facts.heldMeetingsByQuarter.get(quarter);
    if (!held) continue;
    const rare = rareCategories(facts.membersDuringQuarter.get(quarter) ?? new Map(), threshold);
    if (!released.quarters.has(quarter)) {
      cells.push(...participationTableCells(quarter, foldedRows(stakeholderCategories, rare), facts.truth));
    }
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
  return cells;
}
