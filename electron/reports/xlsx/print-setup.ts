import type ExcelJS from 'exceljs';
import { stripXmlUnsafeCharacters } from '../safe-text';

export interface SheetFooter {
  /** "Network — Q3 2026-27" */
  readonly what: string;
  /** "Draft" or "Final" */
  readonly status: string;
  readonly page: string;
  readonly of: string;
}

/** Text in a header or footer: "&" starts a code there, so a literal one is doubled. */
const footerText = (text: string) => stripXmlUnsafeCharacters(text).replace(/&/g, '&&');

/**
 * A sheet that prints as a reader expects: one page wide (never a column split from its row labels),
 * as many pages tall as it needs, the header row and the label column repeated on every page, and
 * the document, its status and the page number in the footer.
 */
export function applyPrintSetup(
  sheet: ExcelJS.Worksheet,
  footer: SheetFooter,
  options: { landscape: boolean; headerRows: number },
): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: options.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    printTitlesRow: options.headerRows > 0 ? `1:${options.headerRows}` : undefined,
    printTitlesColumn: 'A:A',
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: `&L${footerText(footer.what)}&C&B${footerText(footer.status)}&B&R${footerText(footer.page)} &P ${footerText(footer.of)} &N`,
  };
}
