import { AlignmentType, Footer, HeadingLevel, PageBreak, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentBlock } from '../document/report-document';
import { stripXmlUnsafeCharacters } from '../safe-text';

const safe = stripXmlUnsafeCharacters;
const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const paragraphRuns = {
  lead: { bold: true, size: 28 },
  strong: { bold: true },
  note: { italics: true },
  small: { size: 18 },
} as const;

/** The blocks that are paragraphs in Word; tables and figures are docx-table.ts's. */
export function docxParagraphs(block: Exclude<DocumentBlock, { kind: 'table' }>): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: safe(block.text), heading: HeadingLevel.TITLE })];
    case 'heading':
      // Built-in heading styles are what Word's navigation pane and table of contents read; keepNext:
      // a heading never sits alone at the foot of a page, away from what it heads.
      return [
        new Paragraph({ text: safe(block.text), heading: headingLevels[block.level], keepNext: true, keepLines: true }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: [new TextRun({ text: safe(block.text), ...(block.style ? paragraphRuns[block.style] : {}) })],
          spacing: { after: 120 },
        }),
      ];
    case 'typed':
      return safe(block.text)
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => new Paragraph({ children: [new TextRun(line)], spacing: { after: 120 } }));
    case 'field':
      return [
        new Paragraph({
          children: [new TextRun({ text: `${safe(block.label)} `, bold: true }), new TextRun(safe(block.value))],
          spacing: { after: 60 },
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: safe(item), bullet: { level: 0 } }));
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** "Network Plenary, March 12, 2027 · Draft · Page 3 of 9" on every page. */
export function documentFooter(footer: { what: string; status: string; page: string; of: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${safe(footer.what)} · `, size: 18 }),
          new TextRun({ text: safe(footer.status), size: 18, bold: true }),
          new TextRun({
            children: [` · ${footer.page} `, PageNumber.CURRENT, ` ${footer.of} `, PageNumber.TOTAL_PAGES],
            size: 18,
          }),
        ],
      }),
    ],
  });
}
