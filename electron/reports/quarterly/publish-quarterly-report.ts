import { fiscalQuarterLabel } from '../../../shared/domain/fiscal-quarter';
import { languageName } from '../../../shared/domain/languages';
import { provinceNames } from '../../../shared/domain/province-names';
import { isMigrantWorkerCategory, type StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { cellKey } from '../disclosure/disclosure-cell';
import { count, date, hours, money, number, percent, text, type ReportCell, type ReportTable } from '../document/report-table';
import { publishedCount, shownCount, SuppressionLog, type DocumentDisclosure, type PublishedCount } from '../privacy';
import {
  categoryLabel,
  meetingKindLabel,
  otherCategoriesLabel,
  otherLanguagesLabel,
  recommendationKindLabel,
} from '../text/category-labels';
import { reportFormat, type ReportFormat, type ReportLanguage } from '../text/report-format';
import { disclosureAppendix, type DisclosureAppendix } from '../privacy/disclosure-appendix';
import {
  membershipColumns,
  otherRow,
  participationColumns,
  quarterlyCells,
  quarterlyRowsFolded,
  type QuarterlyCells,
} from './quarterly-cells';
import type { QuarterlyReportData } from './quarterly-report-data';
import { quarterlyText, type QuarterlyText } from './quarterly-text';
import { fundingOrganisationsTable } from './funding/funding-cells';
import { scopedTable } from './report-scope';
import { publishFundingSection, type PublishedFundingSection } from './funding/publish-funding-section';

/** The quarterly report after suppression, in one language: what both the .docx and the .xlsx show. */
export interface PublishedQuarterlyReport {
  readonly data: QuarterlyReportData;
  readonly cells: QuarterlyCells;
  readonly disclosure: DocumentDisclosure;
  readonly text: QuarterlyText;
  readonly format: ReportFormat;
  readonly threshold: number;
  readonly quarterLabel: string;
  readonly statusLabel: string;
  /** What the report covers, in its language: a province's or territory's name, or every one of them. */
  readonly scopeLabel: string;
  /** Null for a category folded into "Other" (too few members to name). */
  readonly headline: { current: PublishedCount | null; former: PublishedCount | null; workerAttendances: PublishedCount | null };
  readonly meetings: ReportTable;
  readonly participation: ReportTable;
  /** Which rows of the participation table are migrant workers' (their bars stand out). */
  readonly workerRows: readonly boolean[];
  readonly interpretation: ReportTable;
  readonly recommendations: ReportTable;
  readonly membership: ReportTable;
  readonly funding: PublishedFundingSection;
  readonly summary: ReadonlyArray<{ label: string; cell: ReportCell }>;
  readonly suppressions: SuppressionLog;
  /** On every page of every format: "Network — 2026–27 Q3 · Draft · Page 3 of 9". */
  readonly footer: { readonly what: string; readonly status: string; readonly page: string; readonly of: string };
  readonly appendix: DisclosureAppendix;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
export const recommendationColumns = ['drafted', 'tabled', 'adopted', 'rejected', 'deferred', 'governmentResponses'] as const;

export function publishQuarterlyReport(
  data: QuarterlyReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure,
): PublishedQuarterlyReport {
  const t = quarterlyText(language);
  const format = reportFormat(language);
  const cells = quarterlyCells(data);
  const { threshold } = cells;
  const log = new SuppressionLog();
  const byKey = new Map(cells.counts.map((cell) => [cellKey(cell), cell]));
  const countAt = (table: string, row: string, column: string): PublishedCount =>
    publishedCount(disclosure, byKey.get(cellKey({ table: scopedTable(table, data.province), row, column, period: cells.period, meetingId: null }))!);
  const rowLabel = (key: string) =>
    key === otherRow ? otherCategoriesLabel(language) : categoryLabel(key as StakeholderCategory, language);

  const scopeLabel = data.province === null ? t.nationalCoverage : provinceNames[data.province][language];
  const heldTotal = sum(data.meetingsByKind.map((row) => row.held));
  const friendlyTotal = sum(data.meetingsByKind.map((row) => row.atWorkerFriendlyTimes));
  const meetings: ReportTable = {
    sheetName: t.meetingsSheet,
    title: t.meetings,
    columns: [{ header: t.meetingKind }, { header: t.held }, { header: t.workerFriendly }, { header: t.workerFriendlyShare }],
    rows: data.meetingsByKind.map((row) => [
      text(meetingKindLabel(row.kind, language)),
      number(row.held),
      number(row.atWorkerFriendlyTimes),
      percent(row.held === 0 ? null : row.atWorkerFriendlyTimes / row.held),
    ]),
    totals: [text(t.total), number(heldTotal), number(friendlyTotal), percent(heldTotal === 0 ? null : friendlyTotal / heldTotal)],
  };

  const countTable = (table: string, columns: readonly string[], headers: ReportTable['columns'], sheetName: string, title: string): ReportTable => {
    const rowCells = (key: string, label: string) => [
      text(label),
      ...columns.map((column) => {
        const published = countAt(table, key, column);
        log.note(title, label, headers[columns.indexOf(column) + 1]!.header, published);
        return count(published);
      }),
    ];
    return {
      sheetName,
      title,
      columns: headers,
      rows: cells.categoryRows.map((row) => rowCells(row.key, rowLabel(row.key))),
      totals: rowCells('total', t.total),
    };
  };
  const participation: ReportTable = {
    ...countTable(
      'participation',
      participationColumns,
      [{ header: t.category }, { header: t.participants }, { header: t.attendances }],
      t.participationSheet,
      t.participation,
    ),
    // Always said: a category can show attendances and no participant, since guests are not members.
    note: t.attendancesNote,
  };
  const workerRows = cells.categoryRows.map((row) => row.categories.some(isMigrantWorkerCategory));
  const headlineOf = (category: StakeholderCategory, column: 'participants' | 'attendances') =>
    cells.categoryRows.some((row) => row.key === category) ? countAt('participation', category, column) : null;
  const current = headlineOf('current_migrant_worker', 'participants');
  const former = headlineOf('former_migrant_worker', 'participants');
  const currentAttendances = headlineOf('current_migrant_worker', 'attendances');
  const formerAttendances = headlineOf('former_migrant_worker', 'attendances');
  // A sum of two published cells is safe; a sum involving a hidden one would be a new total to attack.
  const workerAttendances =
    currentAttendances?.state === 'shown' && formerAttendances?.state === 'shown'
      ? shownCount(currentAttendances.value + formerAttendances.value)
      : null;

  const languageRows = cells.languageRows.map((row) => {
    const rows = data.interpretationByLanguage.filter((entry) => row.languages.includes(entry.language));
    return {
      label: row.key === otherRow ? otherLanguagesLabel(language) : languageName(row.languages[0]!, language),
      sessions: sum(rows.map((entry) => entry.sessions)),
      minutes: sum(rows.map((entry) => entry.minutes)),
      costCents: sum(rows.map((entry) => entry.costCents)),
    };
  });
  const interpretation: ReportTable = {
    sheetName: t.interpretationSheet,
    title: t.interpretation,
    columns: [{ header: t.language }, { header: t.sessions }, { header: t.hours }, { header: t.cost }],
    rows: languageRows.map((row) => [text(row.label), number(row.sessions), hours(row.minutes / 60), money(row.costCents)]),
    totals: [
      text(t.total),
      number(sum(languageRows.map((row) => row.sessions))),
      hours(sum(languageRows.map((row) => row.minutes)) / 60),
      money(sum(languageRows.map((row) => row.costCents))),
    ],
  };

  const recommendations: ReportTable = {
    sheetName: t.recommendationsSheet,
    title: t.recommendations,
    columns: [{ header: t.kind }, ...recommendationColumns.map((key) => ({ header: t[key] }))],
    rows: data.recommendationsByKind.map((row) => [text(recommendationKindLabel(row.kind, language)), ...recommendationColumns.map((key) => number(row[key]))]),
    totals: [text(t.total), ...recommendationColumns.map((key) => number(sum(data.recommendationsByKind.map((row) => row[key]))))],
  };

  const membership = countTable(
    'membership',
    membershipColumns,
    [{ header: t.category }, ...membershipColumns.map((key) => ({ header: t[key] }))],
    t.membershipSheet,
    t.membership,
  );

  const funding = publishFundingSection(data.funding, language, (row, column) => countAt(fundingOrganisationsTable, row, column), log);

  const summary = [
    { label: t.network, cell: text(data.networkName) },
    { label: t.coverage, cell: text(scopeLabel) },
    { label: t.status, cell: text(data.status === 'final' ? t.final : t.draft) },
    { label: t.generatedOn, cell: date(data.generatedOn) },
    { label: t.period, cell: text(fiscalQuarterLabel(data.quarter, language)) },
    { label: t.periodStart, cell: date(data.startsOn) },
    { label: t.periodEnd, cell: date(data.endsOn) },
    ...(current ? [{ label: t.currentWorkers, cell: count(current) }] : []),
    ...(former ? [{ label: t.formerWorkers, cell: count(former) }] : []),
    { label: t.meetingsHeld, cell: number(heldTotal) },
    { label: t.workerFriendlyShare, cell: percent(heldTotal === 0 ? null : friendlyTotal / heldTotal) },
    { label: t.interpretationCost, cell: money(sum(data.interpretationByLanguage.map((row) => row.costCents))) },
    { label: t.actionItemsOpened, cell: number(data.actionItems.opened) },
    { label: t.actionItemsClosed, cell: number(data.actionItems.closed) },
    { label: funding.text.summaryAgreements, cell: number(funding.agreements) },
    { label: funding.text.summaryPaid, cell: money(funding.paidCents) },
    { label: t.suppressedCells, cell: number(log.count) },
  ];

  const quarterLabel = fiscalQuarterLabel(data.quarter, language);
  const statusLabel = data.status === 'final' ? t.final : t.draft;
  return {
    data,
    cells,
    disclosure,
    text: t,
    format,
    threshold,
    quarterLabel,
    statusLabel,
    scopeLabel,
    headline: { current, former, workerAttendances },
    meetings,
    participation,
    workerRows,
    interpretation,
    recommendations,
    membership,
    funding,
    summary,
    suppressions: log,
    // A provincial report names its province on every page; the national one reads as it always did.
    footer: { what: [data.networkName, ...(data.province === null ? [] : [scopeLabel]), quarterLabel].join(' — '), status: statusLabel, page: t.page, of: t.of },
    appendix: disclosureAppendix(log, disclosure, { threshold, language, folded: quarterlyRowsFolded(cells), funding: true }),
  };
}

