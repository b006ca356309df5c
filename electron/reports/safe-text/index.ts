export { stripXmlUnsafeCharacters } from './strip-xml-unsafe-characters';
export { neutraliseSpreadsheetText, needsNeutralising } from './neutralise-spreadsheet-text';
export { safeSpreadsheetText } from './safe-spreadsheet-text';
