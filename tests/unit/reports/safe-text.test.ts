import { describe, expect, it } from 'vitest';
import { safeSpreadsheetText, stripXmlUnsafeCharacters } from '../../../electron/reports/safe-text';

const everyC0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');

describe('stripXmlUnsafeCharacters', () => {
  it('removes every C0 control character except tab, line feed and carriage return', () => {
    expect(stripXmlUnsafeCharacters(`Ana${everyC0}Cruz`)).toBe('Ana\t\n\rCruz');
  });
  it('removes lone surrogates and noncharacters but keeps real astral characters', () => {
    expect(stripXmlUnsafeCharacters('a\uD800b\uDC00c\uFFFEd😀')).toBe('abcd😀');
  });
  it('leaves accented and non-Latin text alone', () => {
    expect(stripXmlUnsafeCharacters('José Ñuñez — ਪੰਜਾਬੀ 中文')).toBe('José Ñuñez — ਪੰਜਾਬੀ 中文');
  });
});

describe('safeSpreadsheetText', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+cmd|x', '@SUM(A1)', '\t=1'])('prefixes %j so it stays text', (text) => {
    expect(safeSpreadsheetText(text).startsWith("'")).toBe(true);
  });
  it('leaves ordinary text and phone numbers unchanged and strips control characters', () => {
    expect(safeSpreadsheetText('Maria Santos')).toBe('Maria Santos');
    expect(safeSpreadsheetText('+1 604 555 0134')).toBe('+1 604 555 0134');
    expect(safeSpreadsheetText('A\u0001B')).toBe('AB');
  });
  it('catches a trigger hidden behind a control character, and drops the character', () => {
    expect(safeSpreadsheetText('\u0001=1+1')).toBe("'=1+1");
  });
});
