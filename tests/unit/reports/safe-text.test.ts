import { describe, expect, it } from 'vitest';
import { neutraliseSpreadsheetText, stripXmlUnsafeCharacters } from '../../../electron/reports/safe-text';

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

describe('neutraliseSpreadsheetText', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', ' =cmd', '＝1'])('prefixes %j so it stays text', (text) => {
    expect(neutraliseSpreadsheetText(text).startsWith("'")).toBe(true);
  });
  it('leaves ordinary text unchanged and strips control characters', () => {
    expect(neutraliseSpreadsheetText('Maria Santos')).toBe('Maria Santos');
    expect(neutraliseSpreadsheetText('A\u0001B')).toBe('AB');
  });
  it('catches a trigger hidden behind a control character', () => {
    expect(neutraliseSpreadsheetText('\u0001=1+1')).toBe("'=1+1");
  });
});
