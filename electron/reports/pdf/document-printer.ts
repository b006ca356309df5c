import type { ReportFile } from '../../../shared/domain/report';
import { safeFileName } from '../report-file';

/** What a print view becomes: Chromium's PDF, or (in web mode) the view at an address the browser prints. */
export type PrintedDocument =
  | { readonly kind: 'pdf'; readonly bytes: Buffer }
  | { readonly kind: 'print-view'; readonly url: string };

/**
 * Turns a document's print view (one HTML page) into what the coordinator receives. The desktop app
 * prints it with Electron's Chromium (electron/main/print-to-pdf.ts); web mode publishes it at a
 * one-time address, where the coordinator's browser saves it as PDF (electron/web/print-views.ts).
 */
export interface DocumentPrinter {
  print(html: string): Promise<PrintedDocument>;
}

export function requirePrinter(printer: DocumentPrinter | undefined): DocumentPrinter {
  if (!printer) throw new Error('This copy of the app has no way to print a PDF: start the desktop app or web mode');
  return printer;
}

/**
 * The file handed to the coordinator, and the bytes the release register fingerprints: the PDF, or
 * in web mode the print view it will be printed from (the browser writes the PDF itself).
 */
export function printedFile(stem: string, html: string, printed: PrintedDocument): { file: ReportFile; bytes: Buffer } {
  const fileName = safeFileName(stem, 'pdf');
  if (printed.kind === 'pdf') {
    return { file: { fileName, mimeType: 'application/pdf', base64: printed.bytes.toString('base64') }, bytes: printed.bytes };
  }
  return { file: { fileName, mimeType: 'text/html', base64: '', printViewUrl: printed.url }, bytes: Buffer.from(html, 'utf8') };
}
