import { describe, expect, it } from 'vitest';
import { categoryVocabulary } from '../../../electron/imports/values/category-vocabulary';
import { languageVocabulary } from '../../../electron/imports/values/language-vocabulary';
import { indexVocabulary, suggestValue } from '../../../electron/imports/values/value-vocabulary';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { stakeholderCategoryNames } from '../../../shared/domain/stakeholder-category-names';
import { languageCodes, languageNames } from '../../../shared/domain/languages';

const categories = indexVocabulary(categoryVocabulary);
const languages = indexVocabulary(languageVocabulary);
const category = (text: string) => suggestValue(categories, text);
const language = (text: string) => suggestValue(languages, text);

describe('the vocabularies', () => {
  it('give every name one meaning, so adding a synonym cannot silently make another ambiguous', () => {
    for (const [index, vocabulary] of [
      [categories, categoryVocabulary],
      [languages, languageVocabulary],
    ] as const) {
      for (const { code, names } of vocabulary.entries) {
        for (const name of names)
          expect(suggestValue(index, name), name).toEqual({ code, basis: 'known', candidates: [] });
      }
    }
  });
});

describe('category suggestions', () => {
  it('knows every category by its code and its English and French names, whatever the case and accents', () => {
    for (const code of stakeholderCategories) {
      const names = stakeholderCategoryNames[code];
      for (const text of [code, names.en, names.fr, names.en.toUpperCase(), names.fr.normalize('NFD')]) {
        expect(category(text), text).toEqual({ code, basis: 'known', candidates: [] });
      }
    }
  });

  it.each([
    ['Migrant worker', 'current_migrant_worker'],
    ['travailleurs migrants', 'current_migrant_worker'],
    ['Travailleuses migrantes actuelles', 'current_migrant_worker'],
    ['MW', 'current_migrant_worker'],
    ['m.w.', 'current_migrant_worker'],
    ['TFWs', 'current_migrant_worker'],
    ['Former MW', 'former_migrant_worker'],
    ['Anciens travailleurs migrants', 'former_migrant_worker'],
    ['Union', 'union'],
    ['Unions', 'union'],
    ['syndicat', 'union'],
    ['Labor union', 'union'],
    ['Govt of BC', 'government_bc'],
    ['Govt BC', 'government_bc'],
    ["B.C. Gov't", 'government_bc'],
    ['Gouvernement de la C.-B.', 'government_bc'],
    ['Federal govt', 'government_canada'],
    ['Gouvernements fédéraux', 'government_canada'],
    ['Settlement agencies', 'settlement_agency'],
    ['Organismes d’établissement', 'settlement_agency'],
    ['Employers', 'employer'],
    ['Consulates', 'foreign_government'],
    ['Union / Syndicat', 'union'],
    ['NGO', 'other_civil_society'],
  ])('reads "%s" as %s', (text, code) => {
    expect(category(text)).toEqual({ code, basis: 'known', candidates: [] });
  });

  it.each([
    ['Setlement agency', 'settlement_agency'],
    ['Settlment agencey', 'settlement_agency'],
    ['Emplyer', 'employer'],
    ['Employeru', 'employer'],
    ['Sindicat', 'union'],
    ['Migrant wokrer', 'current_migrant_worker'],
    ['Industry asociation', 'industry_association'],
  ])('proposes "%s" as a close spelling of %s', (text, code) => {
    expect(category(text)).toEqual({ code, basis: 'close', candidates: [] });
  });

  it('leaves a value that could mean several categories for the coordinator to pick', () => {
    expect(category('Government')).toEqual({
      code: null,
      basis: 'ambiguous',
      candidates: ['government_bc', 'government_canada', 'foreign_government'],
    });
    expect(category('Workers')).toMatchObject({ code: null, basis: 'ambiguous' });
    expect(category('Union / Employer')).toEqual({ code: null, basis: 'ambiguous', candidates: ['union', 'employer'] });
  });

  it('guesses nothing for what it does not know, nor for short abbreviations one letter off', () => {
    for (const text of ['Astronaut', 'XYZ', 'MX', 'BD', '', '—', 'Worker bee keeper']) {
      expect(category(text), text).toMatchObject({ code: null });
    }
    expect(category('MV')).toEqual({ code: null, basis: 'none', candidates: [] });
  });
});

describe('language suggestions', () => {
  it('knows every language by its code and its English and French names', () => {
    for (const code of languageCodes) {
      for (const text of [code, code.toUpperCase(), languageNames[code].en, languageNames[code].fr]) {
        expect(language(text), text).toEqual({ code, basis: 'known', candidates: [] });
      }
    }
  });

  it.each([
    ['Filipino', 'tl'],
    ['Tagalog/Filipino', 'tl'],
    ['Panjabi', 'pa'],
    ['Punjabi/Panjabi', 'pa'],
    ['ਪੰਜਾਬੀ', 'pa'],
    ['Mandarin', 'zh'],
    ['Mandarin/Chinese', 'zh'],
    ['中文', 'zh'],
    ['Español', 'es'],
    ['espagnol', 'es'],
    ['Tiếng Việt', 'vi'],
    ['Patois', 'jam'],
    ['fil', 'tl'],
  ])('reads "%s" as %s', (text, code) => {
    expect(language(text)).toEqual({ code, basis: 'known', candidates: [] });
  });

  it.each([
    ['Tagalgo', 'tl'],
    ['Spanich', 'es'],
    ['Vietnamse', 'vi'],
    ['Cantonnese', 'yue'],
    ['Punjab', 'pa'],
  ])('proposes "%s" as a close spelling of %s', (text, code) => {
    expect(language(text)).toEqual({ code, basis: 'close', candidates: [] });
  });

  it('leaves Creole, which could be Haitian or Jamaican, for the coordinator', () => {
    expect(language('Creole')).toEqual({ code: null, basis: 'ambiguous', candidates: ['ht', 'jam'] });
  });

  it('does not stretch a two-letter code to another one', () => {
    expect(language('ez')).toEqual({ code: null, basis: 'none', candidates: [] });
    expect(language('Klingon')).toEqual({ code: null, basis: 'none', candidates: [] });
  });
});
