import { describe, expect, it } from 'vitest';
import { parseImportDate, parseImportKind, parseImportYesNo } from '../../../electron/imports/cell-parsers';

describe('import cell parsers', () => {
  it('reads ISO dates and Excel day numbers, and refuses day/month orders', () => {
    expect(parseImportDate('2026-03-14')).toEqual({ ok: true, value: '2026-03-14' });
    expect(parseImportDate('2026/3/4')).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseImportDate('2026-03-14T09:30:00')).toEqual({ ok: true, value: '2026-03-14' });
    expect(parseImportDate(45000)).toEqual({ ok: true, value: '2023-03-15' });
    expect(parseImportDate('2026-02-30').ok).toBe(false);
    expect(parseImportDate('03/04/2026')).toEqual({ ok: false, code: 'invalidDate' });
    expect(parseImportDate(-3).ok).toBe(false);
  });

  it('reads yes and no in English and French', () => {
    expect(parseImportYesNo('Oui')).toEqual({ ok: true, value: true });
    expect(parseImportYesNo('no')).toEqual({ ok: true, value: false });
    expect(parseImportYesNo('maybe')).toEqual({ ok: false, code: 'invalidYesNo' });
    expect(parseImportKind('Personne')).toEqual({ ok: true, value: 'individual' });
    expect(parseImportKind('robot')).toEqual({ ok: false, code: 'invalidKind' });
  });
});
