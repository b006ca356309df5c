import ExcelJS from 'exceljs';
import { DomainError } from '../domain-error';
import { chunkedReadable } from './chunked-readable';
import type { ImportCell } from './import-cell';

function isoDate(date: Date): string | null {
  // exceljs turns date cells into UTC midnight (plus the time of day), so the UTC parts are the calendar date.
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** Reduces exceljs's many cell value shapes (rich text, hyperlinks, formulas) to text, number or date text. */
export function importCellFrom(value: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
    }
    if ('result' in value) return importCellFrom(value.result);
    if ('text' in value) return importCellFrom(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

function describeReadError(error: unknown, fileName: string): DomainError {
  const reason = (error as Error)?.message ?? String(error);
  if (/FILE_ENDED|unexpected end|invalid signature|end of central directory/i.test(reason)) {
    return new DomainError(
      'invalid_input',
      `"${fileName}" is incomplete or damaged (the workbook was cut off). Copy or download it again.`,
    );
  }
  return new DomainError('invalid_input', `"${fileName}" could not be read as an Excel workbook (${reason}).`);
}

/** Streams the rows of the first worksheet of an .xlsx workbook with exceljs's streaming reader. */
export async function* readXlsxRows(
  bytes: Uint8Array,
  fileName: string,
  onBytesRead: (bytesRead: number) => void,
): AsyncGenerator<{ rowNumber: number; cells: ImportCell[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(chunkedReadable(bytes, onBytesRead), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates; without them a Joined column would arrive as day counts.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sawWorksheet = false;
  try {
    for await (const worksheet of reader) {
      sawWorksheet = true;
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        // exceljs numbers columns from 1 and leaves index 0 empty.
        const cells: ImportCell[] = [];
        for (let index = 1; index < values.length; index++) cells.push(importCellFrom(values[index]));
        yield { rowNumber: row.number, cells };
      }
      break;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw describeReadError(error, fileName);
  }
  if (!sawWorksheet) {
    throw new DomainError(
      'invalid_input',
      `"${fileName}" is not a spreadsheet the app can read: it holds no worksheet. Save it as .xlsx or .csv and try again.`,
    );
  }
}
