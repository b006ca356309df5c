/**
 * Spreadsheet programs treat text beginning with = + - @ as a formula when the cell is edited,
 * pasted or saved to CSV, and tab, carriage return and other control characters can smuggle such
 * a start past a first glance ("formula injection", OWASP's CSV Injection). A formula can call
 * out (HYPERLINK, WEBSERVICE, DDE) and leak the neighbouring cells.
 *
 * The well-known defence, and the one OWASP recommends, is to prefix such text with a single
 * quote ('), and to write it as a plain string cell, never a formula cell. The quote is visible,
 * which is the point: the text stays text in every program and after every copy or CSV export,
 * whereas Excel's invisible "quote prefix" style is lost as soon as the value leaves the cell.
 *
 * Phone-like text ("+1 604 555 0134", "-5") is left alone: with only digits, spaces and
 * ( ) . - + it cannot name a function, a cell or a remote program, so it cannot do harm.
 */
const dangerousStart = /^[=+\-@\u0000-\u001f\u007f]/;
const harmlessNumberLike = /^[+-]?[\d\s().+-]*\d[\d\s().+-]*$/;

export function neutraliseSpreadsheetText(text: string): string {
  if (!dangerousStart.test(text) || harmlessNumberLike.test(text)) return text;
  return `'${text}`;
}

/** True when neutraliseSpreadsheetText would change the text; reports use it in their checks. */
export function needsNeutralising(text: string): boolean {
  return neutraliseSpreadsheetText(text) !== text;
}
