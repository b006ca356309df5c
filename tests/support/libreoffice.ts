import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { pdfText } from './pdf-pages';

const run = promisify(execFile);

/**
 * Opens a generated report in LibreOffice (the real reader funders may use) and prints it to PDF.
 * Each call has its own LibreOffice profile so parallel test files do not fight over one, and a
 * report LibreOffice cannot open throws.
 */
export async function pdfViaLibreOffice(fileName: string, bytes: Buffer): Promise<Buffer> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-lo-'));
  try {
    const input = path.join(workDir, fileName);
    fs.writeFileSync(input, bytes);
    const profile = pathToFileURL(path.join(workDir, 'profile')).href;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        workDir,
        input,
      ],
      { timeout: 120_000 },
    );
    const pdf = path.join(workDir, `${path.parse(fileName).name}.pdf`);
    if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0) {
      throw new Error(`LibreOffice could not open ${fileName}: no PDF was produced`);
    }
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** The text of a report as LibreOffice prints it. */
export async function pdfTextViaLibreOffice(fileName: string, bytes: Buffer): Promise<string> {
  return pdfText(await pdfViaLibreOffice(fileName, bytes));
}

/** pdftotext keeps the narrow no-break spaces French number formats use; tests compare on plain spaces. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00A0\u202F\u2009]/g, ' ');
}
