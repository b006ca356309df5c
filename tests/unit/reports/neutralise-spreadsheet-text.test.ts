import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseSpreadsheetText } from '../../../electron/reports/safe-text/neutralise-spreadsheet-text';

describe('neutraliseSpreadsheetText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+cmd|x', "'-2+cmd|x"],
    ['@IMPORT', "'@IMPORT"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\u0001=1', "'\u0001=1"],
  ])('prefixes %j', (input, output) => {
    expect(neutraliseSpreadsheetText(input)).toBe(output);
  });

  it.each(['Ana Cruz', 'ਗੁਰਪ੍ਰੀਤ', '+1 604 555 0134', '-5', '(604) 555-0134', "O'Brien", 'a=b', ''])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseSpreadsheetText(text)).toBe(text);
    },
  );

  it('never returns text a spreadsheet would start a formula with, unless it is only digits and punctuation', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutraliseSpreadsheetText(text);
        const startsDangerously = /^[=+\-@\u0000-\u001f\u007f]/.test(safe);
        return !startsDangerously || /^[+-]?[\d\s().+-]+$/.test(safe);
      }),
    );
  });
});
