import { renderDocx } from '../docx/render-docx';
import type { DocumentDisclosure } from '../privacy';
import type { ReportLanguage } from '../text/report-format';
import { publishQuarterlyReport } from './publish-quarterly-report';
import { quarterlyCharts, type QuarterlyCharts } from './quarterly-charts';
import { quarterlyDocument } from './quarterly-document';
import type { QuarterlyReportData } from './quarterly-report-data';

/**
 * The quarterly report as a Word document: pure, data in and bytes out. The charts are drawn here
 * unless given (the benchmark draws them once, as its baseline is given them).
 */
export async function buildQuarterlyDocx(
  data: QuarterlyReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure,
  charts?: QuarterlyCharts,
): Promise<Buffer> {
  const report = publishQuarterlyReport(data, language, disclosure);
  return renderDocx(quarterlyDocument(report, charts ?? quarterlyCharts(report)));
}
