import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Dispatch } from '../../electron/handlers/dispatch';
import type { ImportProgress } from '../../shared/contract/imports';

export type SheetCell = string | number | Date | null;

/** An .xlsx workbook whose first sheet holds the given rows, written by exceljs. */
export async function xlsxBytes(rows: readonly SheetCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Members');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(value: SheetCell): string {
  const text = value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text in an encoding, optionally with a byte-order mark, as other programs save it. */
export function csvBytes(
  rows: readonly SheetCell[][],
  options: { encoding?: string; bom?: boolean; delimiter?: string } = {},
): Buffer {
  const text = rows.map((row) => row.map(csvField).join(options.delimiter ?? ',')).join('\r\n') + '\r\n';
  return iconv.encode(text, options.encoding ?? 'utf-8', { addBOM: options.bom ?? false });
}

export interface StartedImport {
  jobId: string;
  progress: ImportProgress;
}

async function unwrap<T>(
  promise: Promise<{ ok: true; data: unknown } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const envelope = await promise;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data as T;
}

/** Sends a file through imports.start and polls imports.progress until reading has finished. */
export async function startImport(dispatch: Dispatch, fileName: string, bytes: Buffer): Promise<StartedImport> {
  const { jobId } = await unwrap<{ jobId: string }>(
    dispatch('imports.start', { fileName, contentBase64: bytes.toString('base64') }),
  );
  for (;;) {
    const progress = await unwrap<ImportProgress>(dispatch('imports.progress', { jobId }));
    if (progress.status !== 'reading') return { jobId, progress };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
