import { importLimits } from '../../shared/contract/imports';
import { DomainError } from '../domain-error';
import { detectFileFormat, type SpreadsheetFormat } from './detect-file-format';
import { detectTextEncoding } from './detect-text-encoding';
import { cellText, columnLetter, isEmptyRow, type SheetRow } from './import-cell';
import { fieldForHeader } from './column-aliases';
import { readCsvRows } from './read-csv-rows';
import { readXlsxRows } from './read-xlsx-rows';

/** Rows above the header (titles, notes) the app looks through to find it. */
const headerSearchRows = 20;
const maxColumns = 500;

export interface StagedSheet {
  fileName: string;
  format: SpreadsheetFormat;
  encoding: string | null;
  headerRowNumber: number;
  headers: string[];
  rows: SheetRow[];
}

export interface ReadProgress {
  bytesRead: number;
  rowsRead: number;
}

/** The row with the most recognised column names; a sheet without any takes its first row. */
export function findHeaderRow(firstRows: readonly SheetRow[]): number {
  let bestIndex = 0;
  let bestScore = 0;
  firstRows.forEach((row, index) => {
    const score = row.cells.filter((cell) => fieldForHeader(cellText(cell)) !== undefined).length;
    if (score > bestScore) [bestIndex, bestScore] = [index, score];
  });
  return bestIndex;
}

function tooManyRows(fileName: string): DomainError {
  return new DomainError(
    'invalid_input',
    `"${fileName}" has more than ${importLimits.maxRows.toLocaleString('en-CA')} rows, the import limit. Split it into smaller files.`,
  );
}

/** Reads a whole spreadsheet as a stream, enforcing the limits, and finds its header row. */
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (progress: ReadProgress) => void = () => undefined,
): Promise<StagedSheet> {
  if (bytes.length > importLimits.maxBytes) {
    throw new DomainError(
      'invalid_input',
      `"${fileName}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the import limit is 20 MB.`,
    );
  }
  const format = detectFileFormat(bytes, fileName);
  const encoding = format === 'csv' ? detectTextEncoding(bytes) : null;
  const progress: ReadProgress = { bytesRead: 0, rowsRead: 0 };
  const onBytesRead = (bytesRead: number) => {
    progress.bytesRead = bytesRead;
    onProgress(progress);
  };
  const source = encoding
    ? readCsvRows(bytes, encoding, fileName, onBytesRead)
    : readXlsxRows(bytes, fileName, onBytesRead);

  const rows: SheetRow[] = [];
  for await (const row of source) {
    if (isEmptyRow(row.cells)) continue;
    if (row.cells.length > maxColumns) {
      throw new DomainError(
        'invalid_input',
        `"${fileName}" has more than ${maxColumns} columns on row ${row.rowNumber}; is it really a member list?`,
      );
    }
    rows.push(row);
    if (rows.length > importLimits.maxRows + headerSearchRows) throw tooManyRows(fileName);
    progress.rowsRead = rows.length;
  }
  onProgress(progress);
  if (rows.length === 0) throw new DomainError('invalid_input', `"${fileName}" has no rows to import.`);

  const headerIndex = findHeaderRow(rows.slice(0, headerSearchRows));
  const headerRow = rows[headerIndex] as SheetRow;
  const dataRows = rows.slice(headerIndex + 1);
  if (dataRows.length > importLimits.maxRows) throw tooManyRows(fileName);
  const width = dataRows.reduce((widest, row) => Math.max(widest, row.cells.length), headerRow.cells.length);
  const headers = Array.from(
    { length: width },
    (_, index) => cellText(headerRow.cells[index]) || `Column ${columnLetter(index)}`,
  );
  return { fileName, format, encoding, headerRowNumber: headerRow.rowNumber, headers, rows: dataRows };
}
