import { describe, expect, it } from 'vitest';
import { meetingDocumentsText } from '../../../electron/reports/meetings/meeting-documents-text';
import { quarterlyText } from '../../../electron/reports/quarterly/quarterly-text';
import { disclosureNoteText } from '../../../electron/reports/text/disclosure-note-text';
import { fr } from '../../../electron/reports/text/french-typography';
import { reportFormat } from '../../../electron/reports/text/report-format';

const nbsp = '\u00A0';

/** Every string a text table holds or makes, its functions called with plain words and numbers. */
function everyText(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (typeof table === 'function') {
    const words = table as (...args: unknown[]) => unknown;
    return [
      ...everyText(words('Titre', 'règle', 'x')),
      ...everyText(words(3, 7, 1, 0)),
      ...everyText(words(1, 1, 1, null)),
    ];
  }
  if (typeof table === 'object' && table !== null) return Object.values(table).flatMap(everyText);
  return [];
}

/** French wants a no-break space before these, and after «, so none of them starts a line. */
function misspaced(text: string): string[] {
  const problems: string[] = [];
  [...text].forEach((character, index) => {
    const before = text[index - 1];
    const after = text[index + 1];
    const endsClause = after === undefined || /\s/.test(after);
    if (':;?!»'.includes(character) && endsClause && before !== nbsp)
      problems.push(text.slice(Math.max(0, index - 12), index + 1));
    if (character === '«' && after !== nbsp) problems.push(text.slice(index, index + 12));
  });
  return problems;
}

describe('French as a French reader expects it', () => {
  it('has a no-break space before : ; ? ! and inside « » in every fixed text of the documents', () => {
    const texts = [quarterlyText('fr'), meetingDocumentsText('fr'), disclosureNoteText('fr')].flatMap(everyText);
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.flatMap(misspaced)).toEqual([]);
    // The check itself finds what it looks for.
    expect(misspaced('Période visée : x')).toHaveLength(1);
  });

  it('spaces only the words we wrote, never the values put into them', () => {
    expect(fr`Vote sur « ${'Re: logement'} »`).toBe(`Vote sur «${nbsp}Re: logement${nbsp}»`);
    expect(fr`Par ${'main levée'}; règle : ${'majorité'}.`).toBe(`Par main levée${nbsp}; règle${nbsp}: majorité.`);
  });

  it('writes dates, numbers and money as fr-CA does, the first of the month as an ordinal', () => {
    const format = reportFormat('fr');
    expect(format.date('2026-10-01')).toBe('1er octobre 2026');
    expect(format.date('2026-10-02')).toBe('2 octobre 2026');
    expect(format.date('2027-01-31')).toBe('31 janvier 2027');
    expect(format.money(161_331)).toBe(`1${nbsp}613,31${nbsp}$`);
    expect(format.integer(12_345)).toBe(`12${nbsp}345`);
    expect(format.percent(0.42)).toBe(`42${nbsp}%`);
    expect(format.colon('Période visée')).toBe(`Période visée${nbsp}:`);
    const english = reportFormat('en');
    expect(english.date('2026-10-01')).toBe('October 1, 2026');
    expect(english.money(161_331)).toBe('$1,613.31');
    expect(english.colon('Reporting period')).toBe('Reporting period:');
  });
});
