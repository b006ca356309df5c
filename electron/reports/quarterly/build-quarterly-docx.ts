import { PageBreak, Paragraph } from 'docx';
import { renderBarChart } from '../charts/bar-chart';
import { buildDocx } from '../docx/build-docx';
import {
  documentFooter,
  figure,
  heading,
  labelledLine,
  paragraph,
  paragraphs,
  reportTable,
  title,
} from '../docx/docx-blocks';
import { cellLabel } from '../document/cell-label';
import { count } from '../document/report-table';
import type { DocumentDisclosure } from '../privacy';
import { disclosureAppendix } from '../privacy/disclosure-appendix';
import type { ReportLanguage } from '../text/report-format';
import { publishQuarterlyReport } from './publish-quarterly-report';
import { quarterlyRowsFolded } from './quarterly-cells';
import type { QuarterlyReportData } from './quarterly-report-data';

/** The quarterly report as a Word document: pure, data in and bytes out. */
export async function buildQuarterlyDocx(
  data: QuarterlyReportData,
  language: ReportLanguage,
  disclosure: DocumentDisclosure,
): Promise<Buffer> {
  const report = publishQuarterlyReport(data, language, disclosure);
  const { text: t, format, threshold } = report;
  const label = (cell: Parameters<typeof cellLabel>[0]) => cellLabel(cell, format, threshold);
  const appendix = disclosureAppendix(report.suppressions, disclosure, {
    threshold,
    language,
    folded: quarterlyRowsFolded(report.cells),
    funding: true,
  });
  const participationChart = renderBarChart(report.participationBars);
  const interpretationChart = renderBarChart(report.interpretationBars);
  const narrative = (heading2: string, body: string) => [
    heading(heading2, 2),
    ...(body.trim() ? paragraphs(body) : [paragraph(t.notWritten, { italics: true })]),
  ];

  const cover = [
    title(t.title),
    paragraph(data.networkName, { bold: true, size: 28 }),
    labelledLine(t.period, `${report.quarterLabel} (${format.date(data.startsOn)} – ${format.date(data.endsOn)})`),
    labelledLine(t.generatedOn, format.date(data.generatedOn)),
    labelledLine(t.status, report.statusLabel),
  ];
  const body = [
    new Paragraph({ children: [new PageBreak()] }),
    heading(t.summary, 1),
    heading(t.migrantWorkerParticipation, 2),
    ...(report.headline.current
      ? [paragraph(`${t.currentWorkers}: ${label(count(report.headline.current))}`, { bold: true, size: 28 })]
      : []),
    ...(report.headline.former
      ? [paragraph(`${t.formerWorkers}: ${label(count(report.headline.former))}`, { bold: true, size: 28 })]
      : []),
    ...(report.headline.workerAttendances
      ? [paragraph(`${t.workerAttendances}: ${label(count(report.headline.workerAttendances))}`, { bold: true })]
      : []),
    heading(t.meetings, 1),
    reportTable(report.meetings, format, threshold),
    heading(t.participation, 1),
    reportTable(report.participation, format, threshold),
    ...figure(
      participationChart.png,
      participationChart.width,
      participationChart.height,
      t.participationAlt,
      t.participationFigure,
    ),
    heading(t.interpretation, 1),
    reportTable(report.interpretation, format, threshold),
    ...(report.interpretationBars.length > 0
      ? figure(
          interpretationChart.png,
          interpretationChart.width,
          interpretationChart.height,
          t.interpretationAlt,
          t.interpretationFigure,
        )
      : []),
    heading(t.recommendations, 1),
    reportTable(report.recommendations, format, threshold),
    heading(t.actionItems, 2),
    labelledLine(t.actionItemsOpened, format.integer(data.actionItems.opened)),
    labelledLine(t.actionItemsClosed, format.integer(data.actionItems.closed)),
    heading(t.membership, 1),
    reportTable(report.membership, format, threshold),
    heading(report.funding.text.section, 1),
    paragraph(report.funding.text.intro),
    heading(report.funding.byStream.title, 2),
    reportTable(report.funding.byStream, format, threshold),
    heading(report.funding.reports.title, 2),
    reportTable(report.funding.reports, format, threshold),
    heading(report.funding.organisations.title, 2),
    reportTable(report.funding.organisations, format, threshold),
    heading(t.narrative, 1),
    ...narrative(t.highlights, data.narrative.highlights),
    ...narrative(t.challenges, data.narrative.challenges),
    ...narrative(t.lessonsLearned, data.narrative.lessonsLearned),
    heading(appendix.heading, 1),
    ...appendix.statements.map((statement, index) => paragraph(statement, { bold: index === 0 })),
    ...appendix.entries.map((entry) => paragraph(entry, { size: 18 })),
  ];
  return buildDocx({
    title: `${t.title} ${report.quarterLabel}`,
    language,
    contentsTitle: t.contents,
    footer: documentFooter(`${data.networkName} — ${report.quarterLabel}`, report.statusLabel, t.page, t.of),
    cover,
    body,
  });
}
