import { WorkbookBuilder, xlsxFormats } from '../xlsx/xlsx-blocks';
import type { ReportLanguage } from '../text/report-format';
import { publishQuarterlyReport } from './publish-quarterly-report';
import type { QuarterlyReportData } from './quarterly-report-data';

/** The quarterly report as a workbook: a Summary sheet, then one sheet per table. Pure: data in, bytes out. */
export async function buildQuarterlyXlsx(data: QuarterlyReportData, language: ReportLanguage): Promise<Buffer> {
  const report = publishQuarterlyReport(data, language);
  const { text: t } = report;
  const builder = new WorkbookBuilder(xlsxFormats(language), report.threshold);
  builder.addSummary(t.summarySheet, [t.item, t.value], report.summary);
  for (const table of [
    report.meetings,
    report.participation,
    report.interpretation,
    report.recommendations,
    report.membership,
  ]) {
    builder.addTable(table);
  }
  builder.addTable({
    sheetName: t.privacy.replace(/^.*?:\s*/, ''),
    title: t.privacy,
    columns: [{ header: t.privacy, width: 90 }],
    rows: [
      [{ kind: 'text', text: t.suppressedCount(report.suppressions.count) }],
      [{ kind: 'text', text: t.privacyRule(report.threshold) }],
      ...report.suppressions.entries.map((entry) => [
        {
          kind: 'text' as const,
          text: `${entry.table} — ${entry.row} — ${entry.column}: ${entry.reason === 'small_count' ? t.reasonSmall : t.reasonProtects}`,
        },
      ]),
    ],
  });
  return builder.toBuffer();
}
