import { Document, Packer, PageOrientation, TableOfContents, type FileChild, type ISectionOptions } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { DocumentBlock, ReportDocument } from '../document/report-document';
import { stripXmlUnsafeCharacters } from '../safe-text';
import { documentFooter, docxParagraphs } from './docx-blocks';
import { docxFigure, docxTable, docxTableNote } from './docx-table';

/** US Letter with 2 cm margins, in twips (1440 to the inch). */
const page = { width: 12240, height: 15840, margin: 1134 } as const;
const textWidth = { portrait: page.width - 2 * page.margin, landscape: page.height - 2 * page.margin } as const;

type Orientation = keyof typeof textWidth;

/** Runs of blocks on pages of one orientation: a wide table, with the headings just before it, gets landscape pages. */
function sectionsOf(blocks: readonly DocumentBlock[]): Array<{ orientation: Orientation; blocks: DocumentBlock[] }> {
  const sections: Array<{ orientation: Orientation; blocks: DocumentBlock[] }> = [
    { orientation: 'portrait', blocks: [] },
  ];
  for (const block of blocks) {
    const orientation: Orientation = block.kind === 'table' ? block.layout.orientation : 'portrait';
    const current = sections[sections.length - 1]!;
    if (orientation === current.orientation) {
      current.blocks.push(block);
      continue;
    }
    let headings = 0;
    while (headings < current.blocks.length && current.blocks[current.blocks.length - 1 - headings]!.kind === 'heading')
      headings += 1;
    const moved = current.blocks.splice(current.blocks.length - headings, headings);
    sections.push({ orientation, blocks: [...moved, block] });
  }
  return sections.filter((section, index) => index === 0 || section.blocks.length > 0);
}

function docxChildren(document: ReportDocument, blocks: readonly DocumentBlock[], width: number): FileChild[] {
  return blocks.flatMap((block): FileChild[] =>
    block.kind === 'table'
      ? [
          docxTable(block, document.format, document.threshold, width),
          ...docxTableNote(block),
          ...(block.figure ? docxFigure(block.figure, width) : []),
        ]
      : docxParagraphs(block),
  );
}

/**
 * A document model as a Word file: the cover, a table of contents filled in from the headings (page
 * numbers laid out when the file is written, so LibreOffice and Word show them without updating
 * fields), the body, in sections of portrait or landscape pages, each with the page-numbered footer.
 */
export async function renderDocx(document: ReportDocument): Promise<Buffer> {
  const contents = document.contentsTitle
    ? [
        new TableOfContents(stripXmlUnsafeCharacters(document.contentsTitle), {
          hyperlink: true,
          headingStyleRange: '1-2',
        }),
      ]
    : [];
  const sections = sectionsOf(document.body);
  const docxSections: ISectionOptions[] = sections.map((section, index) => ({
    properties: {
      page: {
        size: {
          width: page.width,
          height: page.height,
          orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin },
      },
    },
    footers: { default: documentFooter(document.footer) },
    children: [
      ...(index === 0 ? [...docxChildren(document, document.cover, textWidth.portrait), ...contents] : []),
      ...docxChildren(document, section.blocks, textWidth[section.orientation]),
    ],
  }));
  const word = new Document({
    title: stripXmlUnsafeCharacters(document.title),
    creator: 'Network Secretariat',
    // The document's language lets Word and LibreOffice spell-check and hyphenate the fixed text correctly.
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: document.language === 'fr' ? 'fr-CA' : 'en-CA' } },
          paragraph: {},
        },
      },
    },
    pageNumbers: estimatePageNumbers,
    sections: docxSections,
  });
  return Packer.toBuffer(word);
}
