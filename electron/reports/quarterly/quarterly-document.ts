import { cellLabel } from '../document/cell-label';
import {
  field,
  heading,
  pageBreak,
  paragraph,
  tableBlock,
  title,
  typedOr,
  type DocumentBlock,
  type ReportDocument,
} from '../document/report-document';
import { count, type ReportCell } from '../document/report-table';
import type { PublishedCount } from '../privacy';
import { appendixBlocks } from '../privacy/appendix-blocks';
import type { PublishedQuarterlyReport } from './publish-quarterly-report';
import type { QuarterlyCharts } from './quarterly-charts';

/** The quarterly report's content, for the .docx and the print view alike. */
export function quarterlyDocument(report: PublishedQuarterlyReport, charts: QuarterlyCharts): ReportDocument {
  const {
    data,
    text: t,
    format,
    threshold,
    format: { language },
  } = report;
  const label = (cell: ReportCell) => cellLabel(cell, format, threshold);
  const headline = (words: string, published: PublishedCount | null, style: 'lead' | 'strong') =>
    published ? [paragraph(`${format.colon(words)} ${label(count(published))}`, style)] : [];
  const narrative = (words: string, body: string) => [heading(words, 2), typedOr(body, t.notWritten)];
  const table = (of: PublishedQuarterlyReport['meetings']) => tableBlock(of, format, threshold);

  const cover: DocumentBlock[] = [
    title(t.title),
    paragraph(data.networkName, 'lead'),
    field(format, t.coverage, report.scopeLabel),
    field(format, t.period, `${report.quarterLabel} (${format.date(data.startsOn)} – ${format.date(data.endsOn)})`),
    field(format, t.generatedOn, format.date(data.generatedOn)),
    field(format, t.status, report.statusLabel),
  ];
  const body: DocumentBlock[] = [
    pageBreak,
    heading(t.summary, 1),
    heading(t.migrantWorkerParticipation, 2),
    ...headline(t.currentWorkers, report.headline.current, 'lead'),
    ...headline(t.formerWorkers, report.headline.former, 'lead'),
    ...headline(t.workerAttendances, report.headline.workerAttendances, 'strong'),
    heading(t.meetings, 1),
    table(report.meetings),
    heading(t.participation, 1),
    tableBlock(report.participation, format, threshold, {
      chart: charts.participation,
      caption: t.participationFigure,
    }),
    heading(t.interpretation, 1),
    charts.interpretation
      ? tableBlock(report.interpretation, format, threshold, {
          chart: charts.interpretation,
          caption: t.interpretationFigure,
        })
      : table(report.interpretation),
    heading(t.recommendations, 1),
    table(report.recommendations),
    heading(t.actionItems, 2),
    field(format, t.actionItemsOpened, format.integer(data.actionItems.opened)),
    field(format, t.actionItemsClosed, format.integer(data.actionItems.closed)),
    heading(t.membership, 1),
    table(report.membership),
    heading(report.funding.text.section, 1),
    paragraph(report.funding.text.intro),
    heading(report.funding.byStream.title, 2),
    table(report.funding.byStream),
    heading(report.funding.reports.title, 2),
    table(report.funding.reports),
    heading(report.funding.organisations.title, 2),
    table(report.funding.organisations),
    heading(t.narrative, 1),
    // The narrative is written once a quarter for the network (quarterly_narratives has no province).
    ...(data.province === null ? [] : [paragraph(t.narrativeShared)]),
    ...narrative(t.highlights, data.narrative.highlights),
    ...narrative(t.challenges, data.narrative.challenges),
    ...narrative(t.lessonsLearned, data.narrative.lessonsLearned),
    ...appendixBlocks(report.appendix),
  ];
  return {
    title: data.province === null ? `${t.title} ${report.quarterLabel}` : `${t.title} ${report.quarterLabel} — ${report.scopeLabel}`,
    language,
    format,
    threshold,
    footer: report.footer,
    contentsTitle: t.contents,
    cover,
    body,
  };
}
