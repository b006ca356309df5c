import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withPdfFile<T>(pdf: Buffer, work: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    return await work(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF's text as pdftotext (poppler) reads it, laid out; pages are separated by form feeds. */
export function pdfText(pdf: Buffer): Promise<string> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  });
}

/** Each page's text, in order. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  return (await pdfText(pdf))
    .split('\f')
    .filter((page, index, pages) => index < pages.length - 1 || page.trim() !== '');
}

/** What the PDF says about itself (pdfinfo): Title, Pages, Tagged, Page size... */
export function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return Object.fromEntries(
      stdout
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
        }),
    );
  });
}

export interface PagePixels {
  readonly width: number;
  readonly height: number;
  /** RGB, three bytes a pixel, row after row. */
  readonly rgb: Buffer;
}

/** One page drawn by pdftoppm, read from its plain PPM output (a header, then raw RGB). */
export function renderPdfPage(pdf: Buffer, page: number, dpi = 60): Promise<PagePixels> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], {
      encoding: 'buffer',
      maxBuffer: 256 * 1024 * 1024,
    });
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(stdout.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PPM image');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, rgb: stdout.subarray(header[0].length, header[0].length + width * height * 3) };
  });
}

/** How many pixels of a page are near a colour (each channel within the tolerance). */
export function pixelsNear(pixels: PagePixels, colour: readonly [number, number, number], tolerance = 40): number {
  let count = 0;
  for (let offset = 0; offset < pixels.rgb.length; offset += 3) {
    if (
      Math.abs(pixels.rgb[offset]! - colour[0]) <= tolerance &&
      Math.abs(pixels.rgb[offset + 1]! - colour[1]) <= tolerance &&
      Math.abs(pixels.rgb[offset + 2]! - colour[2]) <= tolerance
    )
      count += 1;
  }
  return count;
}
