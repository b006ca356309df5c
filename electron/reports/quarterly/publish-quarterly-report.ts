import { fiscalQuarterLabel } from '../../../shared/domain/fiscal-quarter';
import { languageName } from '../../../shared/domain/languages';
import { isMigrantWorkerCategory } from '../../../shared/domain/stakeholder-categories';
import {
  count,
  date,
  hours,
  money,
  number,
  percent,
  text,
  type ReportCell,
  type ReportTable,
} from '../document/report-table';
import {
  effectiveSuppressionThreshold,
  shownCount,
  suppressList,
  suppressMembershipFlow,
  SuppressionLog,
  type PublishedCount,
} from '../privacy';
import type { ChartBar } from '../charts/bar-chart';
import { categoryLabel, meetingKindLabel, recommendationKindLabel } from '../text/category-labels';
import { reportFormat, type ReportFormat, type ReportLanguage } from '../text/report-format';
import type { QuarterlyReportData } from './quarterly-report-data';
import { quarterlyText, type QuarterlyText } from './quarterly-text';

/** The quarterly report after suppression, in one language: what both the .docx and the .xlsx show. */
export interface PublishedQuarterlyReport {
  readonly data: QuarterlyReportData;
  readonly text: QuarterlyText;
  readonly format: ReportFormat;
  readonly threshold: number;
  readonly quarterLabel: string;
  readonly statusLabel: string;
  readonly headline: { current: PublishedCount; former: PublishedCount; workerAttendances: PublishedCount | null };
  readonly meetings: ReportTable;
  readonly participation: ReportTable;
  readonly participationBars: ChartBar[];
  readonly interpretation: ReportTable;
  readonly interpretationBars: ChartBar[];
  readonly recommendations: ReportTable;
  readonly membership: ReportTable;
  readonly summary: ReadonlyArray<{ label: string; cell: ReportCell }>;
  readonly suppressions: SuppressionLog;
  readonly withheld: boolean;
}

/** The chart's pixel face has plain digits, spaces, commas and "$": whole dollars in the report's convention. */
function chartMoney(cents: number, language: ReportLanguage): string {
  const grouped = String(Math.round(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? ' ' : ',');
  return language === 'fr' ? `${grouped} $` : `$${grouped}`;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function publishQuarterlyReport(data: QuarterlyReportData, language: ReportLanguage): PublishedQuarterlyReport {
  const t = quarterlyText(language);
  const format = reportFormat(language);
  const threshold = effectiveSuppressionThreshold(data.suppressionThreshold);
  const log = new SuppressionLog();

  const meetingRows = data.meetingsByKind.map((row) => [
    text(meetingKindLabel(row.kind, language)),
    number(row.held),
    number(row.atWorkerFriendlyTimes),
    percent(row.held === 0 ? null : row.atWorkerFriendlyTimes / row.held),
  ]);
  const heldTotal = sum(data.meetingsByKind.map((row) => row.held));
  const friendlyTotal = sum(data.meetingsByKind.map((row) => row.atWorkerFriendlyTimes));
  const meetings: ReportTable = {
    sheetName: t.meetingsSheet,
    title: t.meetings,
    columns: [
      { header: t.meetingKind, width: 32 },
      { header: t.held },
      { header: t.workerFriendly, width: 20 },
      { header: t.workerFriendlyShare, width: 20 },
    ],
    rows: meetingRows,
    totals: [
      text(t.total),
      number(heldTotal),
      number(friendlyTotal),
      percent(heldTotal === 0 ? null : friendlyTotal / heldTotal),
    ],
  };

  const participants = suppressList(
    data.participationByCategory.map((row) => row.participants),
    threshold,
  );
  const attendances = suppressList(
    data.participationByCategory.map((row) => row.attendances),
    threshold,
  );
  const categoryNames = data.participationByCategory.map((row) => categoryLabel(row.category, language));
  categoryNames.forEach((name, index) => {
    log.note(t.participation, name, t.participants, participants.items[index]!);
    log.note(t.participation, name, t.attendances, attendances.items[index]!);
  });
  log.note(t.participation, t.total, t.participants, participants.total);
  log.note(t.participation, t.total, t.attendances, attendances.total);
  const participation: ReportTable = {
    sheetName: t.participationSheet,
    title: t.participation,
    columns: [
      { header: t.category, width: 44 },
      { header: t.participants, width: 20 },
      { header: t.attendances, width: 16 },
    ],
    rows: categoryNames.map((name, index) => [
      text(name),
      count(participants.items[index]!),
      count(attendances.items[index]!),
    ]),
    totals: [text(t.total), count(participants.total), count(attendances.total)],
  };
  const participationBars = data.participationByCategory.map((row, index) => {
    const published = participants.items[index]!;
    return {
      value: published.state === 'shown' ? published.value : null,
      label:
        published.state === 'shown' ? String(published.value) : published.state === 'primary' ? `<${threshold}` : 'x',
      emphasised: isMigrantWorkerCategory(row.category),
    };
  });
  const indexOf = (category: string) => data.participationByCategory.findIndex((row) => row.category === category);
  const current = participants.items[indexOf('current_migrant_worker')] ?? shownCount(0);
  const former = participants.items[indexOf('former_migrant_worker')] ?? shownCount(0);
  const currentAttendances = attendances.items[indexOf('current_migrant_worker')] ?? shownCount(0);
  const formerAttendances = attendances.items[indexOf('former_migrant_worker')] ?? shownCount(0);
  // A sum of two published cells is safe; a sum involving a hidden one would be a new total to attack.
  const workerAttendances =
    currentAttendances.state === 'shown' && formerAttendances.state === 'shown'
      ? shownCount(currentAttendances.value + formerAttendances.value)
      : null;

  const interpretation: ReportTable = {
    sheetName: t.interpretationSheet,
    title: t.interpretation,
    columns: [
      { header: t.language, width: 28 },
      { header: t.sessions },
      { header: t.hours },
      { header: t.cost, width: 16 },
    ],
    rows: data.interpretationByLanguage.map((row) => [
      text(languageName(row.language, language)),
      number(row.sessions),
      hours(row.minutes / 60),
      money(row.costCents),
    ]),
    totals: [
      text(t.total),
      number(sum(data.interpretationByLanguage.map((row) => row.sessions))),
      hours(sum(data.interpretationByLanguage.map((row) => row.minutes)) / 60),
      money(sum(data.interpretationByLanguage.map((row) => row.costCents))),
    ],
  };
  const interpretationBars = data.interpretationByLanguage.map((row) => ({
    value: row.costCents,
    label: chartMoney(row.costCents, language),
  }));

  const recommendationColumns = [
    'drafted',
    'tabled',
    'adopted',
    'rejected',
    'deferred',
    'governmentResponses',
  ] as const;
  const recommendations: ReportTable = {
    sheetName: t.recommendationsSheet,
    title: t.recommendations,
    columns: [{ header: t.kind, width: 24 }, ...recommendationColumns.map((key) => ({ header: t[key], width: 14 }))],
    rows: data.recommendationsByKind.map((row) => [
      text(recommendationKindLabel(row.kind, language)),
      ...recommendationColumns.map((key) => number(row[key])),
    ]),
    totals: [
      text(t.total),
      ...recommendationColumns.map((key) => number(sum(data.recommendationsByKind.map((row) => row[key])))),
    ],
  };

  const flow = suppressMembershipFlow(data.membershipByCategory, threshold);
  const flowColumns = ['atStart', 'joined', 'left', 'atEnd'] as const;
  data.membershipByCategory.forEach((row, index) =>
    flowColumns.forEach((key) =>
      log.note(t.membership, categoryLabel(row.category, language), t[key], flow.rows[index]![key]),
    ),
  );
  flowColumns.forEach((key) => log.note(t.membership, t.total, t[key], flow.totals[key]));
  const membership: ReportTable = {
    sheetName: t.membershipSheet,
    title: t.membership,
    columns: [{ header: t.category, width: 44 }, ...flowColumns.map((key) => ({ header: t[key], width: 16 }))],
    rows: data.membershipByCategory.map((row, index) => [
      text(categoryLabel(row.category, language)),
      ...flowColumns.map((key) => count(flow.rows[index]![key])),
    ]),
    totals: [text(t.total), ...flowColumns.map((key) => count(flow.totals[key]))],
  };

  const summary = [
    { label: t.network, cell: text(data.networkName) },
    { label: t.period, cell: text(fiscalQuarterLabel(data.quarter, language)) },
    { label: t.periodStart, cell: date(data.startsOn) },
    { label: t.periodEnd, cell: date(data.endsOn) },
    { label: t.currentWorkers, cell: count(current) },
    { label: t.formerWorkers, cell: count(former) },
    { label: t.meetingsHeld, cell: number(heldTotal) },
    { label: t.workerFriendlyShare, cell: percent(heldTotal === 0 ? null : friendlyTotal / heldTotal) },
    { label: t.interpretationCost, cell: money(sum(data.interpretationByLanguage.map((row) => row.costCents))) },
    { label: t.actionItemsOpened, cell: number(data.actionItems.opened) },
    { label: t.actionItemsClosed, cell: number(data.actionItems.closed) },
    { label: t.suppressedCells, cell: number(log.count) },
  ];

  return {
    data,
    text: t,
    format,
    threshold,
    quarterLabel: fiscalQuarterLabel(data.quarter, language),
    statusLabel: data.status === 'final' ? t.final : t.draft,
    headline: { current, former, workerAttendances },
    meetings,
    participation,
    participationBars,
    interpretation,
    interpretationBars,
    recommendations,
    membership,
    summary,
    suppressions: log,
    withheld: participants.withheld || attendances.withheld || flow.withheld,
  };
}
