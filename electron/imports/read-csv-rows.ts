import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import { DomainError } from '../domain-error';
import { chunkedReadable } from './chunked-readable';
import type { ImportCell } from './import-cell';

const candidateDelimiters = [',', ';', '\t'] as const;

/**
 * French-language Excel writes CSV with semicolons; tab-separated exports exist too. The
 * delimiter that occurs most on the first lines wins (quoted commas rarely outnumber real ones).
 */
export function guessDelimiter(sample: string): string {
  const lines = sample.split(/\r?\n/).slice(0, 10).join('\n');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of candidateDelimiters) {
    const count = lines.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** Text with control characters other than tab and line breaks is a binary file renamed .csv. */
function looksBinary(sample: string): boolean {
  return /[\u0000-\u0008\u000e-\u001f]/.test(sample);
}

/** Streams the records of a CSV file, decoded from its encoding, each with its record number. */
export async function* readCsvRows(
  bytes: Uint8Array,
  encoding: string,
  fileName: string,
  onBytesRead: (bytesRead: number) => void,
): AsyncGenerator<{ rowNumber: number; cells: ImportCell[] }> {
  const sample = iconv.decode(Buffer.from(bytes.subarray(0, 8192)), encoding).replace(/^\uFEFF/, '');
  if (looksBinary(sample)) {
    throw new DomainError(
      'invalid_input',
      `"${fileName}" is not a spreadsheet the app can read: it holds binary data, not text. Save it as .xlsx or .csv and try again.`,
    );
  }
  const parser = chunkedReadable(bytes, onBytesRead)
    .pipe(iconv.decodeStream(encoding))
    .pipe(
      parse({
        delimiter: guessDelimiter(sample),
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
      }),
    );
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record };
    }
  } catch (error) {
    throw new DomainError(
      'invalid_input',
      `"${fileName}" could not be read as CSV near row ${rowNumber + 1}: ${(error as Error).message}`,
    );
  }
}
