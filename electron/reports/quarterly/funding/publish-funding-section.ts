import { count, money, number, text, type ReportTable } from '../../document/report-table';
import type { PublishedCount, SuppressionLog } from '../../privacy';
import type { ReportLanguage } from '../../text/report-format';
import { allStreams, partnershipsColumn, workerOrganisationsColumn } from './funding-cells';
import { fundingReportText, type FundingReportText } from './funding-report-text';
import type { FundingSection, StreamFigures } from './funding-section-data';

/** The funding section after suppression, in one language: what both the .docx and the .xlsx show. */
export interface PublishedFundingSection {
  readonly text: FundingReportText;
  readonly byStream: ReportTable;
  readonly reports: ReportTable;
  /** Counts of organisations: no totals row, since the organisations of all streams are not their sum. */
  readonly organisations: ReportTable;
  readonly agreements: number;
  readonly paidCents: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const moneyColumns = ['approvedCents', 'claimedCents', 'paidCents', 'claimedToDateCents', 'paidToDateCents'] as const satisfies readonly (keyof StreamFigures)[];

export function publishFundingSection(
  section: FundingSection,
  language: ReportLanguage,
  countAt: (row: string, column: string) => PublishedCount,
  log: SuppressionLog,
): PublishedFundingSection {
  const t = fundingReportText(language);
  const byStream: ReportTable = {
    sheetName: t.byStreamSheet,
    title: t.byStream,
    columns: [t.stream, t.agreements, t.approved, t.claimed, t.paid, t.claimedToDate, t.paidToDate].map((header) => ({ header })),
    rows: section.byStream.map((row) => [text(t.streams[row.stream]), number(row.agreements), ...moneyColumns.map((column) => money(row[column]))]),
    totals: [
      text(t.total),
      number(sum(section.byStream.map((row) => row.agreements))),
      ...moneyColumns.map((column) => money(sum(section.byStream.map((row) => row[column])))),
    ],
  };
  const reports: ReportTable = {
    sheetName: t.reportsSheet,
    title: t.reports,
    columns: [t.report, t.due, t.received, t.overdue].map((header) => ({ header })),
    rows: section.reports.map((row) => [text(t.reportKinds[row.kind]), number(row.due), number(row.received), number(row.overdue)]),
    totals: [
      text(t.total),
      number(sum(section.reports.map((row) => row.due))),
      number(sum(section.reports.map((row) => row.received))),
      number(sum(section.reports.map((row) => row.overdue))),
    ],
  };
  const counted = (label: string, row: string, column: string) => {
    const published = countAt(row, column);
    log.note(t.organisations, label, t.number, published);
    return [text(label), count(published)];
  };
  const organisations: ReportTable = {
    sheetName: t.organisationsSheet,
    title: t.organisations,
    columns: [{ header: t.measure }, { header: t.number }],
    rows: [
      ...section.byStream.map((row) => counted(t.workerOrganisationsIn(t.streams[row.stream]), row.stream, workerOrganisationsColumn)),
      counted(t.workerOrganisationsAll, allStreams, workerOrganisationsColumn),
      counted(t.partnerships, allStreams, partnershipsColumn),
    ],
  };
  return {
    text: t,
    byStream,
    reports,
    organisations,
    agreements: sum(section.byStream.map((row) => row.agreements)),
    paidCents: sum(section.byStream.map((row) => row.paidCents)),
  };
}
