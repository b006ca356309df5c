import { WorkbookBuilder, xlsxFormats } from '../xlsx/xlsx-blocks';
import type { DocumentDisclosure } from '../privacy';
import { disclosureAppendix } from '../privacy/disclosure-appendix';
import type { ReportLanguage } from '../text/report-format';
import { publishQuarterlyReport } from './publish-quarterly-report';
import { quarterlyRowsFolded } from './quarterly-cells';
import type { QuarterlyReportData } from './quarterly-report-data';

/** The quarterly report as a workbook: a Summary sheet, then one sheet per table. Pure: data in, bytes out. */
export async function buildQuarterlyXlsx(
  data: QuarterlyReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure,
): Promise<Buffer> {
  const report = publishQuarterlyReport(data, language, disclosure);
  const { text: t } = report;
  const builder = new WorkbookBuilder(xlsxFormats(language), report.threshold);
  builder.addSummary(t.summarySheet, [t.item, t.value], report.summary);
  for (const table of [
    report.meetings,
    report.participation,
    report.interpretation,
    report.recommendations,
    report.membership,
    report.funding.byStream,
    report.funding.reports,
    report.funding.organisations,
  ]) {
    builder.addTable(table);
  }
  const appendix = disclosureAppendix(report.suppressions, disclosure, {
    threshold: report.threshold,
    language,
    folded: quarterlyRowsFolded(report.cells),
    funding: true,
  });
  builder.addTable({
    sheetName: appendix.heading.replace(/^.*?:\s*/, ''),
    title: appendix.heading,
    columns: [{ header: appendix.heading, width: 90 }],
    rows: [...appendix.statements, ...appendix.entries].map((line) => [{ kind: 'text' as const, text: line }]),
  });
  return builder.toBuffer();
}
