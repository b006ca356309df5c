import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubText } from '../../../electron/ledger/erasure/scrub-text';
import { foldForSearch } from '../../../electron/ledger/search/fold-text';
import { foldedMatchRanges } from '../../../electron/ledger/search/folded-matches';

const label = 'Withdrawn member 4';

describe('scrubbing a name whatever its case, accents or Unicode form', () => {
  it('finds the name written decomposed (NFD), in capitals or without accents', () => {
    const name = 'Inés Núñez';
    for (const written of [name.normalize('NFD'), 'INÉS NÚÑEZ', 'ines nunez', 'INES  NUNEZ', 'Ine\u0301s\nNu\u0301n\u0303ez']) {
      expect(scrubText(`Thanks to ${written} for the translation.`, [name], label), written).toBe(`Thanks to ${label} for the translation.`);
    }
  });

  it('finds Vietnamese and other Latin letters the folding maps (đ, ø, ß)', () => {
    expect(scrubText('ĐẶNG THỊ LAN spoke; đặng thị lan agreed', ['Đặng Thị Lan'], label)).toBe(`${label} spoke; ${label} agreed`);
    expect(scrubText('Søren Straße was there', ['soren strasse'], label)).toBe(`${label} was there`);
  });

  it('replaces exactly the characters of the name, leaving marks and text around it', () => {
    const text = `«Ine\u0301s Nu\u0301n\u0303ez» — ok`;
    const ranges = foldedMatchRanges(text, 'ines nunez');
    expect(ranges).toEqual([{ start: 1, end: text.indexOf('»') }]);
  });

  it('matches Greek names with a final sigma however they were lower-cased', () => {
    // Lower-casing a whole text gives a word-final ς, one letter at a time gives σ: both must match.
    expect(scrubText('ΟΔΥΣΣΕΑΣ ΠΑΠΑΣ ήρθε', ['Οδυσσεας Παπας'], label)).toBe(`${label} ήρθε`);
  });

  it('finds Greek and Cyrillic names whatever their accents (the same folding as search)', () => {
    expect(scrubText('Η ΣΟΦΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ μίλησε', ['Σοφία Παπαδοπούλου'], label)).toBe(`Η ${label} μίλησε`);
    expect(scrubText('Пришла Алёна Ёлкина.', ['АЛЕНА ЕЛКИНА'], label)).toBe(`Пришла ${label}.`);
  });

  it('finds a Chinese name inside a sentence written without spaces', () => {
    expect(scrubText('我们感谢王小梅的发言。', ['王小梅'], label)).toBe(`我们感谢${label}的发言。`);
    expect(scrubText('王芳来了', ['王芳'], label)).toBe(`${label}来了`);
    // A single ideograph is a common word: only on its own.
    expect(scrubText('王先生 and 王', ['王'], label)).toBe(`王先生 and ${label}`);
  });

  it("treats an apostrophe-s after a name as the end of the name, straight or curly", () => {
    for (const possessive of ["'s", '’s']) {
      expect(scrubText(`Rosalinda${possessive} shift; Bo${possessive} visa; Bos`, ['Rosalinda', 'Bo'], label), possessive).toBe(
        `${label}${possessive} shift; ${label}${possessive} visa; Bos`,
      );
    }
  });

  it('finds a name typed with another apostrophe than the register has', () => {
    expect(scrubText("AOIFE O'BRIEN spoke; Aoife Oʼbrien agreed", ['Aoife O’Brien'], label)).toBe(`${label} spoke; ${label} agreed`);
    expect(scrubText('Aoife O’Brien spoke', ["Aoife O'Brien"], label)).toBe(`${label} spoke`);
  });

  it('keeps short values to whole words after folding', () => {
    expect(scrubText('Lí spoke; Lifeline stays; LI again', ['Li'], label)).toBe(`${label} spoke; Lifeline stays; ${label} again`);
  });

  it('leaves no folded trace of a name planted anywhere in any text (property)', () => {
    const names = fc.constantFrom('Inés Núñez', 'Đặng Thị Lan', 'Zoë Ångström', 'Nguyễn Văn An', 'María José Ñandú');
    const forms = fc.constantFrom<(text: string) => string>(
      (text) => text,
      (text) => text.normalize('NFD'),
      (text) => text.toUpperCase(),
      (text) => text.toLowerCase().normalize('NFD'),
    );
    fc.assert(
      fc.property(fc.string(), names, forms, fc.string(), (before, name, form, after) => {
        const scrubbed = scrubText(`${before} ${form(name)} ${after}`, [name], label);
        expect(foldForSearch(scrubbed)).not.toContain(foldForSearch(name));
      }),
      { numRuns: 500 },
    );
  });
});
