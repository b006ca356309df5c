import { chromium, type Browser } from '@playwright/test';
import type { DocumentPrinter } from '../../electron/reports/pdf/document-printer';
import { chromiumLaunchOptions } from './chromium-launch';

/** The PDF options Electron's printer gives Chromium (electron/main/print-to-pdf.ts), as Playwright names them. */
export const printOptions = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/**
 * A printer for tests: Playwright's Chromium prints the print view with page.pdf(), as the desktop
 * app's Chromium does with printToPDF. One browser per test file; close it in afterAll.
 */
export function chromiumPrinter(): DocumentPrinter & { close(): Promise<void> } {
  let browser: Promise<Browser> | undefined;
  return {
    async print(html) {
      browser ??= chromium.launch(chromiumLaunchOptions);
      const page = await (await browser).newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return { kind: 'pdf', bytes: await page.pdf(printOptions) };
      } finally {
        await page.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
