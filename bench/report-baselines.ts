import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ChartImage } from '../electron/reports/charts/chart-image';
import type { QuarterlyCharts } from '../electron/reports/quarterly/quarterly-charts';
import { cellLabel } from '../electron/reports/document/cell-label';
import type { ReportCell, ReportTable } from '../electron/reports/document/report-table';
import { publishQuarterlyReport } from '../electron/reports/quarterly/publish-quarterly-report';
import type { QuarterlyReportData } from '../electron/reports/quarterly/quarterly-report-data';
import type { DocumentDisclosure } from '../electron/reports/privacy';
import { countLabel } from '../electron/reports/privacy/published-count';
import { tableLayout } from '../electron/reports/document/table-layout';

/** US Letter less 2 cm margins, in twips: the report's page. */
const portraitTextWidth = 12240 - 2 * 1134;

/**
 * What the libraries are given in the comparison runs: the quarterly report's cells and text worked
 * out beforehand, so the baselines time only the writing of the same content.
 */
type PlainCell = string | number | Date | { formula: string; result: number };
export interface BaselineSheet {
  name: string;
  rows: PlainCell[][];
  numFmt: string[];
}
/** A paragraph as the report writes it: plain, bold, italic or small, or a bold label before its value. */
export interface BaselineLine {
  text: string;
  label?: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
}
export interface BaselineSection {
  heading: string;
  level: 1 | 2;
  /** Column widths in twips, as the report's layout measured them, so both sides write the same table. */
  table?: { header: string[]; rows: string[][]; widths: number[]; note?: string };
  image?: ChartImage;
  caption?: string;
  lines: BaselineLine[];
}
export interface BaselineContent {
  sheets: BaselineSheet[];
  title: string;
  cover: BaselineLine[];
  sections: BaselineSection[];
  footer: { what: string; status: string };
}

function plain(cell: ReportCell, threshold: number): PlainCell {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return cell.count.state === 'shown' ? cell.count.value : cell.count.state === 'primary' ? `<${threshold}` : 'x';
    case 'number':
    case 'hours':
      return cell.value;
    case 'money':
      return cell.cents / 100;
    case 'percent':
      return cell.value ?? '—';
    case 'date':
      return new Date(`${cell.isoDate}T00:00:00Z`);
  }
}

export function baselineContent(
  data: QuarterlyReportData,
  disclosure: DocumentDisclosure,
  charts: QuarterlyCharts,
): BaselineContent {
  const report = publishQuarterlyReport(data, 'en', disclosure);
  const { appendix, funding } = report;
  const { text: t, format, threshold } = report;
  const tables: ReportTable[] = [
    report.meetings,
    report.participation,
    report.interpretation,
    report.recommendations,
    report.membership,
    funding.byStream,
    funding.reports,
    funding.organisations,
  ];
  const sheet = (table: ReportTable): BaselineSheet => ({
    name: table.sheetName,
    rows: [
      table.columns.map((column) => column.header),
      ...table.rows.map((row) => row.map((cell) => plain(cell, threshold))),
      ...(table.totals ? [table.totals.map((cell) => plain(cell, threshold))] : []),
    ],
    numFmt: table.columns.map(() => '#,##0'),
  });
  const asText = (table: ReportTable) => ({
    header: table.columns.map((column) => column.header),
    rows: [...table.rows, ...(table.totals ? [table.totals] : [])].map((row) =>
      row.map((cell) => cellLabel(cell, format, threshold)),
    ),
    widths: tableLayout(table, format, threshold).columnWidths.map((share) => Math.floor(share * portraitTextWidth)),
    ...(table.note ? { note: table.note } : {}),
  });
  return {
    sheets: [
      {
        name: 'Summary',
        rows: report.summary.map((row) => [row.label, plain(row.cell, threshold)]),
        numFmt: ['@', '#,##0'],
      },
      ...tables.map(sheet),
    ],
    title: t.title,
    cover: [
      { text: data.networkName, bold: true, size: 28 },
      {
        label: `${t.period}:`,
        text: `${report.quarterLabel} (${format.date(data.startsOn)} – ${format.date(data.endsOn)})`,
      },
      { label: `${t.generatedOn}:`, text: format.date(data.generatedOn) },
      { label: `${t.status}:`, text: report.statusLabel },
    ],
    sections: [
      { heading: t.summary, level: 1, lines: [] },
      {
        heading: t.migrantWorkerParticipation,
        level: 2,
        lines: [
          { words: t.currentWorkers, published: report.headline.current },
          { words: t.formerWorkers, published: report.headline.former },
        ].flatMap(({ words, published }) =>
          published
            ? [{ text: `${words}: ${countLabel(published, threshold, format.integer)}`, bold: true, size: 28 }]
            : [],
        ),
      },
      { heading: t.meetings, level: 1, table: asText(report.meetings), lines: [] },
      {
        heading: t.participation,
        level: 1,
        table: asText(report.participation),
        image: charts.participation,
        caption: t.participationFigure,
        lines: [],
      },
      {
        heading: t.interpretation,
        level: 1,
        table: asText(report.interpretation),
        ...(charts.interpretation ? { image: charts.interpretation, caption: t.interpretationFigure } : {}),
        lines: [],
      },
      { heading: t.recommendations, level: 1, table: asText(report.recommendations), lines: [] },
      {
        heading: t.actionItems,
        level: 2,
        lines: [
          { label: `${t.actionItemsOpened}:`, text: String(data.actionItems.opened) },
          { label: `${t.actionItemsClosed}:`, text: String(data.actionItems.closed) },
        ],
      },
      { heading: t.membership, level: 1, table: asText(report.membership), lines: [] },
      { heading: funding.text.section, level: 1, lines: [{ text: funding.text.intro }] },
      ...[funding.byStream, funding.reports, funding.organisations].map((table) => ({
        heading: table.title,
        level: 2 as const,
        table: asText(table),
        lines: [],
      })),
      { heading: t.narrative, level: 1, lines: [] },
      ...[
        [t.highlights, data.narrative.highlights],
        [t.challenges, data.narrative.challenges],
        [t.lessonsLearned, data.narrative.lessonsLearned],
      ].map(([heading, text]) => ({
        heading: heading!,
        level: 2 as const,
        lines: text!.trim()
          ? text!.split('\n').map((line) => ({ text: line }))
          : [{ text: t.notWritten, italics: true }],
      })),
      {
        heading: appendix.heading,
        level: 1,
        lines: [
          ...appendix.statements.map((statement, index) => ({ text: statement, bold: index === 0 })),
          ...appendix.entries.map((entry) => ({ text: entry, size: 18 })),
        ],
      },
    ],
    footer: { what: `${data.networkName} — ${report.quarterLabel}`, status: report.statusLabel },
  };
}

/** exceljs's streaming writer writing the same cells: frozen header, widths, formats, filters. */
export async function writeXlsxWithStreamingWriter(content: BaselineContent): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  // The same pictures in the file (a streamed sheet cannot anchor one: the first is the Summary's background).
  const images = content.sections.flatMap((section) =>
    section.image
      ? [workbook.addImage({ buffer: section.image.png as unknown as ExcelJS.Buffer, extension: 'png' })]
      : [],
  );
  for (const [index, sheetContent] of content.sheets.entries()) {
    const sheet = workbook.addWorksheet(sheetContent.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', printTitlesColumn: 'A:A' },
      headerFooter: { oddFooter: `&L${content.footer.what}&C${content.footer.status}&RPage &P of &N` },
    });
    if (index === 0 && images[0] !== undefined) sheet.addBackgroundImage(images[0]);
    sheet.columns = sheetContent.numFmt.map(() => ({ width: 18 }));
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: sheetContent.rows.length, column: sheetContent.numFmt.length },
    };
    for (const values of sheetContent.rows) {
      const row = sheet.addRow(values);
      values.forEach((value, index) => {
        if (typeof value === 'number') row.getCell(index + 1).numFmt = sheetContent.numFmt[index] ?? '#,##0';
      });
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** The docx library building the same document directly: cover, contents, headings, tables, charts, footer. */
export async function writeDocxWithLibrary(content: BaselineContent): Promise<Buffer> {
  const line = (words: BaselineLine) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [
        ...(words.label ? [new TextRun({ text: `${words.label} `, bold: true })] : []),
        new TextRun({ text: words.text, bold: words.bold, italics: words.italics, size: words.size }),
      ],
    });
  // The same table styling as the report's: borders, a shaded header, cell margins, numbers to the right.
  const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8F98' } as const;
  // A table keeps with the figure after it, as the report's do.
  const cell = (text: string, index: number, width: number, header = false) =>
    new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      width: { size: width, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF3' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: index > 0 ? AlignmentType.RIGHT : AlignmentType.LEFT,
          keepNext,
          children: [new TextRun({ text, bold: header })],
        }),
      ],
    });
  let keepNext = false;
  const children = content.sections.flatMap((section) => {
    keepNext = section.image !== undefined;
    return [
      new Paragraph({
        text: section.heading,
        heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        keepNext: true,
        keepLines: true,
      }),
      ...(section.table
        ? [
            new Table({
              width: { size: section.table.widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
              columnWidths: section.table.widths,
              layout: TableLayoutType.FIXED,
              rows: [
                new TableRow({
                  tableHeader: true,
                  cantSplit: true,
                  children: section.table.header.map((text, index) =>
                    cell(text, index, section.table!.widths[index]!, true),
                  ),
                }),
                ...section.table.rows.map(
                  (row) =>
                    new TableRow({
                      cantSplit: true,
                      children: row.map((text, index) => cell(text, index, section.table!.widths[index]!)),
                    }),
                ),
              ],
            }),
            ...(section.table.note
              ? [new Paragraph({ children: [new TextRun({ text: section.table.note, italics: true, size: 18 })] })]
              : []),
          ]
        : []),
      ...(section.image
        ? [
            new Paragraph({
              keepNext: true,
              children: [
                new ImageRun({
                  type: 'svg',
                  data: Buffer.from(section.image.svg),
                  fallback: { type: 'png', data: section.image.png },
                  transformation: { width: section.image.width, height: section.image.height },
                  altText: { name: section.heading, title: section.heading, description: section.image.altText },
                }),
              ],
            }),
            new Paragraph({ children: [new TextRun({ text: section.caption ?? '', italics: true, size: 18 })] }),
          ]
        : []),
      ...section.lines.map(line),
    ];
  });
  const document = new Document({
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'en-CA' } } } } },
    pageNumbers: estimatePageNumbers,
    sections: [
      {
        properties: {
          page: { size: { width: 12240, height: 15840 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${content.footer.what} · `, size: 18 }),
                  new TextRun({ text: content.footer.status, size: 18, bold: true }),
                  new TextRun({ children: [' · Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: content.title, heading: HeadingLevel.TITLE }),
          ...content.cover.map(line),
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
          ...children,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
