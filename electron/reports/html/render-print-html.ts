import { cellLabel, isNumericCell } from '../document/cell-label';
import type { DocumentBlock, ReportDocument, TableBlock } from '../document/report-document';
import type { ReportCell } from '../document/report-table';
import { html } from './escape';
import { printBarText } from './print-bar-text';
import { printStyles } from './print-styles';

/** The print bar's one script: its button opens the browser's print dialog (web mode saves the PDF there). */
export const printBarScript = "document.getElementById('print-now').addEventListener('click', () => window.print());";

const locales = { en: 'en-CA', fr: 'fr-CA' } as const;

function cell(value: ReportCell, document: ReportDocument, tag: 'td' | 'th', scope?: 'row'): string {
  const label = html(cellLabel(value, document.format, document.threshold));
  const numeric = isNumericCell(value) ? ' class="num"' : '';
  return `<${tag}${numeric}${scope ? ` scope="${scope}"` : ''}>${label}</${tag}>`;
}

/** A table with its header row in <thead> (repeated on every page), each row named by its first cell. */
function table(block: TableBlock, document: ReportDocument): string {
  const { table: content, layout } = block;
  const columns = layout.columnWidths.map((share) => `<col style="width:${(share * 100).toFixed(1)}%">`).join('');
  const header = content.columns
    .map((column, index) => `<th scope="col"${index > 0 ? ' class="num"' : ''}>${html(column.header)}</th>`)
    .join('');
  const row = (cells: readonly ReportCell[], total: boolean) =>
    `<tr${total ? ' class="total"' : ''}>${cells.map((value, index) => cell(value, document, index === 0 ? 'th' : 'td', index === 0 ? 'row' : undefined)).join('')}</tr>`;
  const body = [...content.rows.map((cells) => row(cells, false)), ...(content.totals ? [row(content.totals, true)] : [])].join('');
  const note = content.note ? `<p class="table-note">${html(content.note)}</p>` : '';
  const figure = block.figure
    ? `<figure><div class="chart" role="img" aria-label="${html(block.figure.chart.altText)}">${block.figure.chart.svg}</div><figcaption>${html(block.figure.caption)}</figcaption></figure>`
    : '';
  const classes = ['keep', ...(layout.textScale === 1 ? [] : ['scaled'])].join(' ');
  return `<div class="${classes}"><table><colgroup>${columns}</colgroup><thead><tr>${header}</tr></thead><tbody>${body}</tbody></table>${note}${figure}</div>`;
}

function block(content: DocumentBlock, document: ReportDocument, headingIds: Map<DocumentBlock, string>): string {
  switch (content.kind) {
    case 'title':
      return `<p class="title" role="heading" aria-level="1">${html(content.text)}</p>`;
    case 'heading':
      return `<h${content.level} id="${headingIds.get(content)}">${html(content.text)}</h${content.level}>`;
    case 'paragraph':
      return `<p${content.style ? ` class="${content.style}"` : ''}>${html(content.text)}</p>`;
    case 'typed':
      return content.text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => `<p>${html(line)}</p>`)
        .join('');
    case 'field':
      return `<p><span class="field-label">${html(content.label)}</span> ${html(content.value)}</p>`;
    case 'bullets':
      return `<ul>${content.items.map((item) => `<li>${html(item)}</li>`).join('')}</ul>`;
    case 'table':
      return table(content, document);
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

/** Runs of body blocks, a wide table and the headings just before it on landscape pages of their own. */
function sections(blocks: readonly DocumentBlock[], render: (block: DocumentBlock) => string): string {
  const out: string[] = [];
  let pending: string[] = [];
  for (const content of blocks) {
    if (content.kind === 'heading') {
      pending.push(render(content));
      continue;
    }
    if (content.kind === 'table' && content.layout.orientation === 'landscape') {
      out.push(`<section class="wide">${pending.join('')}${render(content)}</section>`);
    } else {
      out.push(...pending, render(content));
    }
    pending = [];
  }
  return [...out, ...pending].join('\n');
}

/**
 * A document model as one HTML page for Chromium to print to PDF: the same content as the .docx,
 * the document's language on <html>, headings for the PDF's outline and tags, real table headers.
 * Above the document, a bar with a print button for the browser in web mode (screen only: it never
 * prints). The <title> is the file's name, which the browser offers when saving the PDF.
 */
export function renderPrintHtml(document: ReportDocument, fileTitle: string): string {
  const headingIds = new Map<DocumentBlock, string>();
  document.body.forEach((content, index) => {
    if (content.kind === 'heading') headingIds.set(content, `section-${index + 1}`);
  });
  const render = (content: DocumentBlock) => block(content, document, headingIds);
  const contents = document.contentsTitle
    ? `<nav class="contents" aria-labelledby="contents-title"><p class="strong" id="contents-title">${html(document.contentsTitle)}</p><ol>${[...headingIds]
        .filter(([content]) => content.kind === 'heading' && content.level <= 2)
        .map(([content, id]) => `<li class="level-${(content as { level: number }).level}"><a href="#${id}">${html((content as { text: string }).text)}</a></li>`)
        .join('')}</ol></nav>`
    : '';
  const words = printBarText(document.language);
  const bar = `<div class="print-bar"><p>${html(words.message)}</p><button type="button" id="print-now">${html(words.button)}</button></div><script>${printBarScript}</script>`;
  return `<!doctype html>
<html lang="${locales[document.language]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(fileTitle)}</title>
<style>${printStyles(document)}</style>
</head>
<body>
${bar}
<header class="cover">${document.cover.map(render).join('\n')}</header>
${contents}
<main>
${sections(document.body, render)}
</main>
</body>
</html>
`;
}
