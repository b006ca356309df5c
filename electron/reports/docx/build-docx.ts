import { Document, Packer, TableOfContents, type FileChild, type Footer } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { stripXmlUnsafeCharacters } from '../safe-text';

export interface DocxSpec {
  readonly title: string;
  readonly language: 'en' | 'fr';
  readonly footer: Footer;
  /** The title of the table of contents; omitted for short documents. */
  readonly contentsTitle?: string;
  readonly cover: readonly FileChild[];
  readonly body: readonly FileChild[];
}

/**
 * A Word document: the cover, a table of contents filled in from the headings (page numbers laid
 * out when the file is written, so LibreOffice and Word show it without updating fields), the body.
 */
export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const contents = spec.contentsTitle
    ? [new TableOfContents(stripXmlUnsafeCharacters(spec.contentsTitle), { hyperlink: true, headingStyleRange: '1-2' })]
    : [];
  const document = new Document({
    title: stripXmlUnsafeCharacters(spec.title),
    creator: 'Network Secretariat',
    // The document's language lets Word and LibreOffice spell-check and hyphenate the fixed text correctly.
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: spec.language === 'fr' ? 'fr-CA' : 'en-CA' } },
          paragraph: {},
        },
      },
    },
    pageNumbers: estimatePageNumbers,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: spec.footer },
        children: [...spec.cover, ...contents, ...spec.body],
      },
    ],
  });
  return Packer.toBuffer(document);
}
