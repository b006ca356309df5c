import { renderPrintHtml } from '../html/render-print-html';
import type { DocumentDisclosure } from '../privacy';
import type { ReportLanguage } from '../text/report-format';
import { publishQuarterlyReport } from './publish-quarterly-report';
import { quarterlyCharts } from './quarterly-charts';
import { quarterlyDocument } from './quarterly-document';
import type { QuarterlyReportData } from './quarterly-report-data';

/** The quarterly report's print view: the same document as the .docx, as the HTML Chromium prints to PDF. */
export function buildQuarterlyPrintView(
  data: QuarterlyReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure,
  fileTitle: string,
): string {
  const report = publishQuarterlyReport(data, language, disclosure);
  return renderPrintHtml(quarterlyDocument(report, quarterlyCharts(report)), fileTitle);
}
