import type { Paragraph, Table } from 'docx';
import { bullet, heading, labelledLine, paragraph, paragraphs, reportTable } from '../docx/docx-blocks';
import { count, text, type ReportTable } from '../document/report-table';
import { suppressList, type SuppressionLog } from '../privacy';
import { shownCount } from '../privacy/published-count';
import { categoryLabel } from '../text/category-labels';
import type { ReportFormat } from '../text/report-format';
import type { MeetingDocumentsText } from './meeting-documents-text';
import type { MeetingHeader, MinutesSectionData, VoteData } from './meeting-report-data';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';

type Block = Paragraph | Table;

export function meetingFacts(meeting: MeetingHeader, t: MeetingDocumentsText, format: ReportFormat): Paragraph[] {
  return [
    labelledLine(t.date, format.date(meeting.heldOn)),
    labelledLine(t.time, `${meeting.startsAt}–${meeting.endsAt}`),
    labelledLine(t.place, meeting.place ?? t.notGiven),
    ...(meeting.onlineLink ? [labelledLine(t.onlineLink, meeting.onlineLink)] : []),
  ];
}

/** Present members and guests by category; hidden below the threshold when the copy leaves the Network. */
export function attendanceTable(
  rows: ReadonlyArray<{ category: StakeholderCategory; members: number; guests: number }>,
  options: { shared: boolean; threshold: number; t: MeetingDocumentsText; format: ReportFormat; log: SuppressionLog },
): Table {
  const { t, format, threshold } = options;
  const language = format.language;
  const members = options.shared
    ? suppressList(
        rows.map((row) => row.members),
        threshold,
      )
    : null;
  const guests = options.shared
    ? suppressList(
        rows.map((row) => row.guests),
        threshold,
      )
    : null;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const table: ReportTable = {
    sheetName: t.attendance,
    title: t.attendance,
    columns: [{ header: t.category }, { header: t.membersPresent }, { header: t.guests }],
    rows: rows.map((row, index) => {
      const memberCount = members?.items[index] ?? shownCount(row.members);
      const guestCount = guests?.items[index] ?? shownCount(row.guests);
      options.log.note(t.attendance, categoryLabel(row.category, language), t.membersPresent, memberCount);
      options.log.note(t.attendance, categoryLabel(row.category, language), t.guests, guestCount);
      return [text(categoryLabel(row.category, language)), count(memberCount), count(guestCount)];
    }),
    totals: [
      text(t.total),
      count(members?.total ?? shownCount(sum(rows.map((row) => row.members)))),
      count(guests?.total ?? shownCount(sum(rows.map((row) => row.guests)))),
    ],
  };
  return reportTable(table, format, threshold);
}

export function minutesSections(
  sections: readonly MinutesSectionData[],
  t: MeetingDocumentsText,
  level: 2 | 3,
): Block[] {
  return sections.flatMap((section) => [
    heading(section.heading, level),
    ...(section.notes.trim() ? [paragraph(t.notes, { bold: true }), ...paragraphs(section.notes)] : []),
    ...section.testimonies.map((testimony) =>
      paragraph(`${t.testimony} — ${testimony.speaker ?? t.anonymousSpeaker}: ${testimony.summary}`),
    ),
    ...(section.decisions.trim() ? [paragraph(t.decisions, { bold: true }), ...paragraphs(section.decisions)] : []),
  ]);
}

/** A vote as the minutes record it. Shared copies leave out names, and tallies when one is a small count. */
export function voteBlocks(
  vote: VoteData,
  options: { shared: boolean; threshold: number; t: MeetingDocumentsText },
): Paragraph[] {
  const { t, threshold } = options;
  const tallies = [vote.tally.for, vote.tally.against, vote.tally.abstain, vote.tally.block];
  const small =
    tallies.some((value) => value > 0 && value < threshold) ||
    (vote.membersPresent > 0 && vote.membersPresent < threshold);
  const showCounts = !options.shared || !small;
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
          .map((group) => `${t.choices[group.choice]}: ${group.names.join(', ')}`)
      : [];
  return [
    paragraph(t.voteOn(vote.recommendationTitle), { bold: true }),
    paragraph(lines.join(' ')),
    ...(names.length > 0 ? [paragraph(`${t.rollCallNames}. ${names.join('. ')}.`)] : []),
  ];
}

export function actionItemBullets(
  items: ReadonlyArray<{ description: string; owner: string | null; dueOn: string | null; status: string }>,
  t: MeetingDocumentsText,
  format: ReportFormat,
): Paragraph[] {
  if (items.length === 0) return [paragraph(t.noActionItems, { italics: true })];
  return items.map((item) =>
    bullet(
      [
        item.description,
        item.owner ? `${t.owner}: ${item.owner}` : null,
        item.dueOn ? `${t.due}: ${format.date(item.dueOn)}` : null,
        `${t.status}: ${t.actionStatuses[item.status] ?? item.status}`,
      ]
        .filter(Boolean)
        .join(' — '),
    ),
  );
}
