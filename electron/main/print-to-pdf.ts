import { BrowserWindow } from 'electron';
import type { DocumentPrinter } from '../reports/pdf/document-printer';

/** Chromium's longest address: a print view larger than this cannot be loaded as a data: URL. */
const longestAddress = 2 * 1024 * 1024;

/**
 * Prints a document's print view to a tagged (accessible) PDF with Electron's own Chromium, in a
 * hidden window that runs no script (the view needs none, and holds what the coordinator typed) and
 * is destroyed afterwards. Page size, margins and the page-numbered footer come from the view's CSS.
 */
export async function printToPdf(html: string): Promise<Buffer> {
  const address = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (address.length > longestAddress) {
    throw new Error('This document is too long to print as PDF in one piece (over 2 MB of text); save it as Word instead');
  }
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  try {
    await window.loadURL(address);
    return await window.webContents.printToPDF({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
  } finally {
    window.destroy();
  }
}

/** The desktop app's printer: the backend gets it from the shell, so nothing else imports Electron. */
export const electronPrinter: DocumentPrinter = {
  print: async (html) => ({ kind: 'pdf', bytes: await printToPdf(html) }),
};
