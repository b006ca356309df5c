import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { stripXmlUnsafeCharacters } from '../safe-text';
import { cellLabel, isNumericCell } from '../document/cell-label';
import type { ReportCell, ReportTable } from '../document/report-table';
import type { ReportFormat } from '../text/report-format';

const safe = stripXmlUnsafeCharacters;

/** Built-in heading styles: what Word's navigation pane and table of contents read. */
export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  // keepNext: a heading never sits alone at the foot of a page, away from its table.
  return new Paragraph({ text: safe(text), heading: levels[level], keepNext: true, keepLines: true });
}

export function title(text: string): Paragraph {
  return new Paragraph({ text: safe(text), heading: HeadingLevel.TITLE });
}

/** Free text as entered: each line of the coordinator's text becomes its own paragraph. */
export function paragraphs(text: string): Paragraph[] {
  const lines = safe(text)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  return lines.map((line) => new Paragraph({ children: [new TextRun(line)], spacing: { after: 120 } }));
}

export function paragraph(text: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: safe(text), bold: options.bold, italics: options.italics, size: options.size })],
    spacing: { after: 120 },
  });
}

export function labelledLine(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${safe(label)}: `, bold: true }), new TextRun(safe(value))],
    spacing: { after: 60 },
  });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ text: safe(text), bullet: { level: 0 } });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A8F98' } as const;
const borders = { top: border, bottom: border, left: border, right: border };

function tableCell(label: string, options: { header?: boolean; numeric?: boolean; bold?: boolean }): TableCell {
  return new TableCell({
    borders,
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF3' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: safe(label), bold: options.header || options.bold })],
      }),
    ],
  });
}

/** A report table: header row repeated on each page, numbers right-aligned, totals in bold. */
export function reportTable(table: ReportTable, format: ReportFormat, threshold: number): Table {
  const row = (cells: readonly ReportCell[], bold = false) =>
    new TableRow({
      cantSplit: true,
      children: cells.map((cell) =>
        tableCell(cellLabel(cell, format, threshold), { numeric: isNumericCell(cell), bold }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((column, index) => tableCell(column.header, { header: true, numeric: index > 0 })),
      }),
      ...table.rows.map((cells) => row(cells)),
      ...(table.totals ? [row(table.totals, true)] : []),
    ],
  });
}

/** A chart picture with its alternative text, then its caption. */
export function figure(png: Buffer, width: number, height: number, altText: string, caption: string): Paragraph[] {
  const maxWidth = 600;
  const scale = Math.min(1, maxWidth / width);
  return [
    new Paragraph({
      spacing: { before: 160 },
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
          altText: { name: safe(caption).slice(0, 60), title: safe(caption), description: safe(altText) },
        }),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: safe(caption), italics: true, size: 18 })],
      spacing: { after: 200 },
    }),
  ];
}

/** "Network Plenary, 12 March 2027 · Draft · Page 3 of 9" on every page. */
export function documentFooter(what: string, status: string, pageWord: string, ofWord: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${safe(what)} · `, size: 18 }),
          new TextRun({ text: safe(status), size: 18, bold: true }),
          new TextRun({
            children: [` · ${pageWord} `, PageNumber.CURRENT, ` ${ofWord} `, PageNumber.TOTAL_PAGES],
            size: 18,
          }),
        ],
      }),
    ],
  });
}
