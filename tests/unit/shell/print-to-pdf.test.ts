import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const { BrowserWindow } = await import('./fake-electron');
const { electronPrinter, printToPdf } = await import('../../../electron/main/print-to-pdf');

const view = '<!doctype html><html lang="fr-CA"><head><title>procès-verbal</title></head><body><h1>Présences</h1></body></html>';

describe('printing a print view to PDF in the desktop app', () => {
  beforeEach(() => {
    BrowserWindow.instances.length = 0;
  });

  it('loads the view in a hidden window that runs no script, asks Chromium for a tagged PDF, and destroys the window', async () => {
    const pdf = await printToPdf(view);
    const [window] = BrowserWindow.instances;
    expect(window?.options).toMatchObject({ show: false });
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    const address = window!.loadURL.mock.calls[0]![0];
    expect(address.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    // The whole view, byte for byte, accents included.
    expect(Buffer.from(address.split(',')[1]!, 'base64').toString('utf8')).toBe(view);
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ generateTaggedPDF: true, preferCSSPageSize: true, printBackground: true }),
    );
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    expect(window!.destroy).toHaveBeenCalled();
  });

  it('destroys the window even when Chromium fails to print', async () => {
    const printing = printToPdf(view);
    const [window] = BrowserWindow.instances;
    window!.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(printing).rejects.toThrow('printing failed');
    expect(window!.destroy).toHaveBeenCalled();
  });

  it('refuses a view too long for one address, saying to save as Word', async () => {
    await expect(printToPdf(`<p>${'x'.repeat(2 * 1024 * 1024)}</p>`)).rejects.toThrow(/save it as Word/);
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('is the backend’s printer: it hands back the PDF itself', async () => {
    await expect(electronPrinter.print(view)).resolves.toEqual({ kind: 'pdf', bytes: Buffer.from('%PDF-1.7 fake') });
  });
});
