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
import { disclosureAppendix } from '../electron/reports/privacy/disclosure-appendix';
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
export interface BaselineSection {
  heading: string;
  /** Column widths in twips, as the report's layout measured them, so both sides write the same table. */
  table?: { header: string[]; rows: string[][]; widths: number[]; note?: string };
  lines: string[];
  image?: ChartImage;
}
export interface BaselineContent {
  sheets: BaselineSheet[];
  cover: string[];
  sections: BaselineSection[];
  footer: string;
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

export function baselineContent(data: QuarterlyReportData, disclosure: DocumentDisclosure, charts: QuarterlyCharts): BaselineContent {
  const report = publishQuarterlyReport(data, 'en', disclosure);
  const appendix = disclosureAppendix(report.suppressions, disclosure, { threshold: report.threshold, language: 'en', folded: false });
  const { text: t, format, threshold } = report;
  const tables: ReportTable[] = [
    report.meetings,
    report.participation,
    report.interpretation,
    report.recommendations,
    report.membership,
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
    cover: [t.title, data.networkName, report.quarterLabel, report.statusLabel],
    sections: [
      { heading: t.meetings, table: asText(report.meetings), lines: [] },
      {
        heading: t.participation,
        table: asText(report.participation),
        lines: [t.participationFigure],
        image: charts.participation,
      },
      {
        heading: t.interpretation,
        table: asText(report.interpretation),
        lines: [t.interpretationFigure],
        ...(charts.interpretation ? { image: charts.interpretation } : {}),
      },
      {
        heading: t.recommendations,
        table: asText(report.recommendations),
        lines: [`${t.actionItemsOpened}: ${data.actionItems.opened}`],
      },
      { heading: t.membership, table: asText(report.membership), lines: [] },
      {
        heading: t.narrative,
        lines: [data.narrative.highlights, data.narrative.challenges, data.narrative.lessonsLearned],
      },
      { heading: appendix.heading, lines: [...appendix.statements, ...appendix.entries] },
    ],
    footer: `${data.networkName} — ${report.quarterLabel} · ${report.statusLabel}`,
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
    section.image ? [workbook.addImage({ buffer: section.image.png as unknown as ExcelJS.Buffer, extension: 'png' })] : [],
  );
  for (const [index, sheetContent] of content.sheets.entries()) {
    const sheet = workbook.addWorksheet(sheetContent.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', printTitlesColumn: 'A:A' },
      headerFooter: { oddFooter: `&L${content.footer}&RPage &P of &N` },
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
  // The same table styling as the report's: borders, a shaded header, cell margins, numbers to the right.
  const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8F98' } as const;
  const cell = (text: string, index: number, width: number, header = false) =>
    new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      width: { size: width, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF3' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: index > 0 ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header })],
        }),
      ],
    });
  const children = content.sections.flatMap((section) => [
    new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, keepNext: true, keepLines: true }),
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
                children: section.table.header.map((text, index) => cell(text, index, section.table!.widths[index]!, true)),
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
          ...(section.table.note ? [new Paragraph({ children: [new TextRun({ text: section.table.note, italics: true, size: 18 })] })] : []),
        ]
      : []),
    ...(section.image
      ? [
          new Paragraph({
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
        ]
      : []),
    ...section.lines.map((line) => new Paragraph({ text: line })),
  ]);
  const document = new Document({
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'en-CA' } } } } },
    pageNumbers: estimatePageNumbers,
    sections: [
      {
        properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [content.footer, ' · Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...content.cover.map((line) => new Paragraph({ text: line })),
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
          ...children,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
