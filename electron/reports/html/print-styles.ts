import type { ReportDocument } from '../document/report-document';
import { cssString } from './escape';

/**
 * Faces for every script the ledger holds: Latin (French and Vietnamese accents included), Gurmukhi,
 * Chinese, Japanese, Korean, Devanagari, Arabic, Tigrinya's Ethiopic. Chromium takes each letter from
 * the first face that has it; Windows and macOS, without Noto, fall back to their own.
 */
const fontStack = [
  'Noto Sans',
  'Carlito',
  'Calibri',
  'Noto Sans Gurmukhi',
  'Noto Sans CJK SC',
  'Noto Sans CJK JP',
  'Noto Sans CJK KR',
  'Noto Sans Devanagari',
  'Noto Sans Arabic',
  'Noto Sans Ethiopic',
  'Arial',
  'sans-serif',
]
  .map((face) => (face.includes(' ') ? `"${face}"` : face))
  .join(', ');

/**
 * The print view's style sheet: US Letter pages with 2 cm margins as in the .docx, the footer with
 * the page number in the page's margin (CSS paged media, which Chromium prints), headings kept with
 * what follows, table headers repeated on each page, a table kept with its figure, and a landscape
 * page for a wide table.
 */
export function printStyles(document: ReportDocument): string {
  const { footer } = document;
  const pageWords = `${cssString(`${footer.what} · ${footer.status} · ${footer.page} `)} counter(page) ${cssString(` ${footer.of} `)} counter(pages)`;
  return `
@page { size: letter; margin: 2cm 2cm 2.2cm; @bottom-center { content: ${pageWords}; font: 9pt ${fontStack}; color: #333; } }
@page wide { size: letter landscape; }
:root { color-scheme: light; }
body { font: 11pt/1.35 ${fontStack}; color: #111; margin: 0; }
.print-bar { font-size: 10pt; padding: 0.6em 1em; margin-bottom: 1em; background: #E7ECF3; display: flex; gap: 1em; align-items: center; }
@media print { .print-bar { display: none; } }
@media screen { body { max-width: 8.5in; margin: 0 auto; padding: 0 1.5em 2em; background: #fff; } }
.cover { margin-bottom: 2em; }
.title { font-size: 24pt; font-weight: 600; margin: 0 0 0.5em; line-height: 1.15; }
h1 { font-size: 16pt; margin: 1.2em 0 0.4em; color: #1F3864; }
h2 { font-size: 13pt; margin: 1em 0 0.3em; color: #1F3864; }
h3 { font-size: 11.5pt; margin: 0.8em 0 0.3em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
p { margin: 0 0 0.5em; orphans: 2; widows: 2; }
.lead { font-weight: 700; font-size: 14pt; }
.strong, .field-label { font-weight: 700; }
.note { font-style: italic; }
.small, .table-note { font-size: 9pt; }
.table-note { font-style: italic; margin-top: 0.3em; }
.page-break { break-after: page; page-break-after: always; }
.contents ol { list-style: none; padding-left: 0; }
.contents li.level-2 { padding-left: 1.5em; }
.contents a { color: inherit; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.6em; }
.scaled table { font-size: 90%; }
th, td { border: 0.5pt solid #8A8F98; padding: 1.5pt 4pt; line-height: 1.25; vertical-align: top; overflow-wrap: normal; hyphens: manual; }
tbody th { text-align: left; font-weight: normal; }
thead th { background: #E7ECF3; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
thead th.num { white-space: normal; }
tr.total th, tr.total td { font-weight: 700; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.wide { page: wide; }
figure { margin: 0.8em 0; break-inside: avoid; }
figure .chart svg { max-width: 100%; max-height: 3.6in; width: auto; height: auto; }
figcaption { font-size: 9pt; font-style: italic; }
`;
}
