import { DomainError } from '../domain-error';

export type SpreadsheetFormat = 'xlsx' | 'csv';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];
const zipEndOfDirectory = [0x50, 0x4b, 0x05, 0x06];
const oleCompoundFile = [0xd0, 0xcf, 0x11, 0xe0];
const pdf = [0x25, 0x50, 0x44, 0x46];

/**
 * A zip ends with an "end of central directory" record within its last 64 KiB + 22 bytes.
 * Its absence means the download or copy stopped early; the streaming reader would otherwise
 * read the rows it could reach and say nothing.
 */
function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - (0xffff + 22));
  for (let index = bytes.length - 22; index >= from; index--) {
    if (startsWith(bytes.subarray(index), zipEndOfDirectory)) return true;
  }
  return false;
}

function notSpreadsheet(fileName: string, why: string): DomainError {
  return new DomainError(
    'invalid_input',
    `"${fileName}" is not a spreadsheet the app can read: ${why}. Save it as .xlsx or .csv and try again.`,
  );
}

/** Decides by content (not by name) whether bytes are an .xlsx workbook or CSV text, or says clearly why not. */
export function detectFileFormat(bytes: Uint8Array, fileName: string): SpreadsheetFormat {
  if (bytes.length === 0) throw notSpreadsheet(fileName, 'the file is empty');
  if (startsWith(bytes, zipLocalHeader)) {
    if (!hasZipEnd(bytes)) {
      throw new DomainError(
        'invalid_input',
        `"${fileName}" is incomplete: the workbook was cut off (truncated). Copy or download it again.`,
      );
    }
    return 'xlsx';
  }
  if (startsWith(bytes, oleCompoundFile))
    throw notSpreadsheet(fileName, 'it is in the old Excel 97-2003 (.xls) format');
  if (startsWith(bytes, pdf)) throw notSpreadsheet(fileName, 'it is a PDF document');
  if (/\.(xlsx|xlsm)$/i.test(fileName))
    throw notSpreadsheet(fileName, 'it is named .xlsx but is not an Excel workbook');
  return 'csv';
}
