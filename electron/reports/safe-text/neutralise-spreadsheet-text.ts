import { stripXmlUnsafeCharacters } from './strip-xml-unsafe-characters';

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a typed or pasted text as a formula
 * (OWASP "CSV injection"): a name like `=HYPERLINK("http://evil","click")` must stay text.
 */
const formulaTriggers = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Text for a spreadsheet cell: XML-safe, and prefixed with an apostrophe when it could be taken for
 * a formula. The cell is still written as a string; the prefix protects the copy a coordinator pastes
 * or re-saves as CSV, where the cell type is lost.
 */
export function neutraliseSpreadsheetText(text: string): string {
  const safe = stripXmlUnsafeCharacters(text);
  const first = safe.trimStart().charAt(0);
  return formulaTriggers.has(first) || formulaTriggers.has(safe.charAt(0)) ? `'${safe}` : safe;
}
