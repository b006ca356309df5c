import {
  bullets,
  field,
  heading,
  paragraph,
  tableBlock,
  typed,
  type DocumentBlock,
  type TableBlock,
} from '../document/report-document';
import { cellKey } from '../disclosure/disclosure-cell';
import { count, number, text, type ReportTable } from '../document/report-table';
import { publishedCount, type DocumentDisclosure, type SuppressionLog } from '../privacy';
import { categoryLabel, otherCategoriesLabel } from '../text/category-labels';
import type { ReportFormat } from '../text/report-format';
import type { MeetingDocumentsText } from './meeting-documents-text';
import type { MeetingHeader, MinutesSectionData, VoteData } from './meeting-report-data';
import { attendanceColumns, otherCategoriesRow, type SharedMinutesCells } from './shared-minutes-cells';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';

export function meetingFacts(meeting: MeetingHeader, t: MeetingDocumentsText, format: ReportFormat): DocumentBlock[] {
  return [
    field(format, t.date, format.date(meeting.heldOn)),
    field(format, t.time, `${meeting.startsAt}–${meeting.endsAt}`),
    field(format, t.place, meeting.place ?? t.notGiven),
    ...(meeting.onlineLink ? [field(format, t.onlineLink, meeting.onlineLink)] : []),
  ];
}

/** Present members and guests by category, as the Network's own minutes show them. */
export function attendanceTable(
  rows: ReadonlyArray<{ category: StakeholderCategory; members: number; guests: number }>,
  options: { t: MeetingDocumentsText; format: ReportFormat },
): TableBlock {
  const { t, format } = options;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const table: ReportTable = {
    sheetName: t.attendance,
    title: t.attendance,
    columns: [{ header: t.category }, { header: t.membersPresent }, { header: t.guests }],
    rows: rows.map((row) => [text(categoryLabel(row.category, format.language)), number(row.members), number(row.guests)]),
    totals: [text(t.total), number(sum(rows.map((row) => row.members))), number(sum(rows.map((row) => row.guests)))],
  };
  return tableBlock(table, format, 10);
}

/** The shared copy's attendance: every category (rare ones folded), counts as the disclosure audit decided. */
export function sharedAttendanceTable(
  cells: SharedMinutesCells,
  disclosure: DocumentDisclosure,
  options: { threshold: number; t: MeetingDocumentsText; format: ReportFormat; log: SuppressionLog },
): TableBlock {
  const { t, format, threshold, log } = options;
  const byKey = new Map(cells.counts.map((cell) => [cellKey(cell), cell]));
  const rowCells = (key: string, label: string) => [
    text(label),
    ...attendanceColumns.map((column) => {
      const cell = byKey.get(cellKey({ table: 'attendance', row: key, column, period: cells.period, meetingId: cells.meetingId }))!;
      const published = publishedCount(disclosure, cell);
      log.note(t.attendance, label, column === 'members' ? t.membersPresent : t.guests, published);
      return count(published);
    }),
  ];
  const label = (key: string) =>
    key === otherCategoriesRow ? otherCategoriesLabel(format.language) : categoryLabel(key as StakeholderCategory, format.language);
  const table: ReportTable = {
    sheetName: t.attendance,
    title: t.attendance,
    columns: [{ header: t.category }, { header: t.membersPresent }, { header: t.guests }],
    rows: cells.rows.map((row) => rowCells(row.key, label(row.key))),
    totals: rowCells('total', t.total),
  };
  return tableBlock(table, format, threshold);
}

export function minutesSections(
  sections: readonly MinutesSectionData[],
  options: { t: MeetingDocumentsText; format: ReportFormat },
  level: 2 | 3,
): DocumentBlock[] {
  const { t, format } = options;
  return sections.flatMap((section) => [
    heading(section.heading, level),
    ...(section.notes.trim() ? [paragraph(t.notes, 'strong'), typed(section.notes)] : []),
    ...section.testimonies.map((testimony) =>
      paragraph(`${t.testimony} — ${format.colon(testimony.speaker ?? t.anonymousSpeaker)} ${testimony.summary}`),
    ),
    ...(section.decisions.trim() ? [paragraph(t.decisions, 'strong'), typed(section.decisions)] : []),
  ]);
}

/**
 * Whether a shared copy may print a vote's counts: not when any of them is a small count of people.
 * The counts are then left out whole (not marked), so no relation between them is left to attack.
 */
export function voteCountsShareable(vote: VoteData, threshold: number): boolean {
  const tallies = [vote.tally.for, vote.tally.against, vote.tally.abstain, vote.tally.block];
  return !(
    tallies.some((value) => value > 0 && value < threshold) ||
    (vote.membersPresent > 0 && vote.membersPresent < threshold)
  );
}

/** A vote as the minutes record it. Shared copies leave out names, and tallies when one is a small count. */
export function voteBlocks(
  vote: VoteData,
  options: { shared: boolean; threshold: number; t: MeetingDocumentsText; format: ReportFormat },
): DocumentBlock[] {
  const { t, threshold, format } = options;
  const showCounts = !options.shared || voteCountsShareable(vote, threshold);
  const lines = [
    t.voteMethodAndRule(t.methods[vote.method] ?? vote.method, t.rules[vote.rule] ?? vote.rule),
    ...(showCounts
      ? [
          t.voteQuorum(vote.membersPresent, vote.votingMembers, vote.quorumRequired),
          t.voteTally(
            vote.tally.for,
            vote.tally.against,
            vote.tally.abstain,
            vote.rule === 'consensus' ? vote.tally.block : null,
          ),
        ]
      : []),
    `${t.results[vote.result] ?? vote.result}${showCounts && vote.votesNeeded !== null ? ` ${t.needed(vote.votesNeeded, vote.votesCast)}` : ''}`,
  ];
  const names =
    !options.shared && vote.ballots.length > 0
      ? (['for', 'against', 'abstain', 'block'] as const)
          .map((choice) => ({
            choice,
            names: vote.ballots.filter((ballot) => ballot.choice === choice).map((ballot) => ballot.name),
          }))
          .filter((group) => group.names.length > 0)
          .map((group) => `${format.colon(t.choices[group.choice] ?? group.choice)} ${group.names.join(', ')}`)
      : [];
  return [
    paragraph(t.voteOn(vote.recommendationTitle), 'strong'),
    paragraph(lines.join(' ')),
    ...(names.length > 0 ? [paragraph(`${t.rollCallNames}. ${names.join('. ')}.`)] : []),
  ];
}

export function actionItemBullets(
  items: ReadonlyArray<{ description: string; owner: string | null; dueOn: string | null; status: string }>,
  t: MeetingDocumentsText,
  format: ReportFormat,
): DocumentBlock[] {
  if (items.length === 0) return [paragraph(t.noActionItems, 'note')];
  return [
    bullets(
      items.map((item) =>
        [
          item.description,
          item.owner ? `${format.colon(t.owner)} ${item.owner}` : null,
          item.dueOn ? `${format.colon(t.due)} ${format.date(item.dueOn)}` : null,
          `${format.colon(t.status)} ${t.actionStatuses[item.status] ?? item.status}`,
        ]
          .filter(Boolean)
          .join(' — '),
      ),
    ),
  ];
}
