import { WorkbookBuilder } from '../xlsx/xlsx-blocks';
import type { DocumentDisclosure } from '../privacy';
import type { ReportLanguage } from '../text/report-format';
import { publishQuarterlyReport } from './publish-quarterly-report';
import { quarterlyCharts, type QuarterlyCharts } from './quarterly-charts';
import type { QuarterlyReportData } from './quarterly-report-data';

/**
 * The quarterly report as a workbook: a Summary sheet (status, date prepared, headline figures and
 * the charts), then one sheet per table, each set up to print. Pure: data in, bytes out.
 */
export async function buildQuarterlyXlsx(
  data: QuarterlyReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure,
  charts?: QuarterlyCharts,
): Promise<Buffer> {
  const report = publishQuarterlyReport(data, language, disclosure);
  const { text: t, format, threshold } = report;
  const figures = charts ?? quarterlyCharts(report);
  const builder = new WorkbookBuilder({ format, threshold, footer: report.footer });
  builder.addSummary(t.summarySheet, [t.item, t.value], report.summary, [
    { caption: t.participationFigure, chart: figures.participation },
    ...(figures.interpretation ? [{ caption: t.interpretationFigure, chart: figures.interpretation }] : []),
  ]);
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
  const { appendix } = report;
  builder.addTable({
    sheetName: appendix.heading.replace(/^.*?:\s*/, ''),
    title: appendix.heading,
    columns: [{ header: appendix.heading }],
    rows: [...appendix.statements, ...appendix.entries].map((line) => [{ kind: 'text' as const, text: line }]),
  });
  return builder.toBuffer();
}
