import { describe, expect, it } from 'vitest';
import { parseImportDate, parseImportLanguages, parseImportYesNo } from '../../../electron/imports/cell-parsers';
import { findStakeholderCategory } from '../../../shared/domain/stakeholder-category-names';

describe('import cell parsers', () => {
  it('reads ISO dates and Excel day numbers, and refuses day/month orders', () => {
    expect(parseImportDate('2026-03-14')).toEqual({ ok: true, value: '2026-03-14' });
    expect(parseImportDate('2026/3/4')).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseImportDate('2026-03-14T09:30:00')).toEqual({ ok: true, value: '2026-03-14' });
    expect(parseImportDate(45000)).toEqual({ ok: true, value: '2023-03-15' });
    expect(parseImportDate('2026-02-30').ok).toBe(false);
    expect(parseImportDate('03/04/2026')).toEqual({ ok: false, message: expect.stringContaining('YYYY-MM-DD') });
    expect(parseImportDate(-3).ok).toBe(false);
  });

  it('reads language lists by code or English/French name, naming the unknown ones', () => {
    expect(parseImportLanguages('Spanish, tl; Pendjabi / Mandarin')).toEqual({
      ok: true,
      value: ['es', 'tl', 'pa', 'zh'],
    });
    expect(parseImportLanguages('es, es')).toEqual({ ok: true, value: ['es'] });
    expect(parseImportLanguages('Klingon, es, Elvish')).toEqual({
      ok: false,
      message: expect.stringMatching(/"Klingon", "Elvish"/),
    });
  });

  it('reads yes and no in English and French', () => {
    expect(parseImportYesNo('Oui')).toEqual({ ok: true, value: true });
    expect(parseImportYesNo('no')).toEqual({ ok: true, value: false });
    expect(parseImportYesNo('maybe').ok).toBe(false);
  });

  it('knows categories by code and by English or French name, ignoring accents and case', () => {
    expect(findStakeholderCategory('settlement_agency')).toBe('settlement_agency');
    expect(findStakeholderCategory('GOUVERNEMENT DE LA C.-B.')).toBe('government_bc');
    expect(findStakeholderCategory('organisme d’etablissement')).toBe('settlement_agency');
    expect(findStakeholderCategory('Union or labour organisation')).toBe('union');
    expect(findStakeholderCategory('astronaut')).toBeUndefined();
  });
});
