import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellLabel, isNumericCell } from '../document/cell-label';
import type { Figure, TableBlock } from '../document/report-document';
import type { ReportCell } from '../document/report-table';
import type { ReportFormat } from '../text/report-format';
import { stripXmlUnsafeCharacters } from '../safe-text';

const safe = stripXmlUnsafeCharacters;
const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8F98' } as const;
const borders = { top: border, bottom: border, left: border, right: border };

interface CellOptions {
  readonly width: number;
  readonly header?: boolean;
  readonly numeric?: boolean;
  readonly bold?: boolean;
  /** Half-points; undefined for the body's size. */
  readonly size?: number;
  /** Keeps the table on the page of the figure that follows it. */
  readonly keepNext: boolean;
}

function tableCell(label: string, options: CellOptions): TableCell {
  return new TableCell({
    borders,
    width: { size: options.width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF3' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // Only what differs from Word's defaults is written: less XML, a faster build.
        keepNext: options.keepNext || undefined,
        children: [
          new TextRun({ text: safe(label), bold: options.header || options.bold || undefined, size: options.size }),
        ],
      }),
    ],
  });
}

/**
 * A report table at the column widths its layout measured from the content (fixed, so every reader
 * keeps them): header row repeated on each page, rows never split, numbers right-aligned, totals in
 * bold. With a figure, every row keeps with the next, so table and figure share a page.
 */
export function docxTable(block: TableBlock, format: ReportFormat, threshold: number, textWidth: number): Table {
  const widths = block.layout.columnWidths.map((share) => Math.floor(share * textWidth));
  const keepNext = block.figure !== undefined || block.table.note !== undefined;
  const size = block.layout.textScale === 1 ? undefined : 20;
  const row = (cells: readonly ReportCell[], bold = false) =>
    new TableRow({
      cantSplit: true,
      children: cells.map((cell, index) =>
        tableCell(cellLabel(cell, format, threshold), {
          width: widths[index]!,
          numeric: isNumericCell(cell),
          bold,
          keepNext,
          size,
        }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.table.columns.map((column, index) =>
          tableCell(column.header, { width: widths[index]!, header: true, numeric: index > 0, keepNext, size }),
        ),
      }),
      ...block.table.rows.map((cells) => row(cells)),
      ...(block.table.totals ? [row(block.table.totals, true)] : []),
    ],
  });
}

/** The table's note (why attendances exceed participants...), kept with a figure that follows. */
export function docxTableNote(block: TableBlock): Paragraph[] {
  if (!block.table.note) return [];
  return [
    new Paragraph({
      keepNext: block.figure !== undefined,
      spacing: { before: 80, after: 120 },
      children: [new TextRun({ text: safe(block.table.note), italics: true, size: 18 })],
    }),
  ];
}

/** A chart: SVG for Word 2016 and later, its PNG for older readers, with its alternative text, then the caption. */
export function docxFigure(figure: Figure, textWidth: number): Paragraph[] {
  const { chart } = figure;
  // Twips to CSS pixels: 1440 twips and 96 pixels to the inch.
  const scale = Math.min(1, textWidth / 15 / chart.width);
  return [
    new Paragraph({
      spacing: { before: 160 },
      keepNext: true,
      keepLines: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(chart.svg),
          fallback: { type: 'png', data: chart.png },
          transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
          altText: {
            name: safe(figure.caption).slice(0, 60),
            title: safe(figure.caption),
            description: safe(chart.altText),
          },
        }),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: safe(figure.caption), italics: true, size: 18 })],
      spacing: { after: 200 },
    }),
  ];
}
