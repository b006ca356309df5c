export { stripXmlUnsafeCharacters } from './strip-xml-unsafe-characters';
export { neutraliseSpreadsheetText } from './neutralise-spreadsheet-text';
