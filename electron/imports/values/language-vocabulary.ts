import { languageCodes, languageNames, type LanguageCode } from '../../../shared/domain/languages';
import type { ValueVocabulary } from './value-vocabulary';

/**
 * How sheets name the languages besides the app's English and French names and ISO 639 codes:
 * other spellings, the three-letter codes, what the speakers call their language, and the names
 * that mean one of the app's languages in practice (Filipino is Tagalog's standard form).
 */
const otherNames: Record<LanguageCode, readonly string[]> = {
  en: ['eng', 'Anglais'],
  fr: ['fra', 'fre', 'Français'],
  es: ['spa', 'Español', 'Castellano', 'Castilian'],
  tl: ['tgl', 'fil', 'Filipino', 'Pilipino', 'Wikang Filipino'],
  pa: ['pan', 'Panjabi', 'Pendjabi', 'ਪੰਜਾਬੀ', 'پنجابی'],
  vi: ['vie', 'Tiếng Việt'],
  zh: [
    'zho',
    'chi',
    'cmn',
    'Mandarin',
    'Chinese',
    'Chinois',
    'Putonghua',
    '中文',
    '普通话',
    '普通話',
    '汉语',
    '華語',
    '国语',
  ],
  yue: ['Cantonais', '粵語', '粤语', '廣東話', '广东话'],
  hi: ['hin', 'हिन्दी', 'हिंदी'],
  ilo: ['Ilokano', 'Iloko', 'Ilocan'],
  th: ['tha', 'ไทย', 'ภาษาไทย'],
  km: ['khm', 'Cambodian', 'Cambodgien', 'ខ្មែរ'],
  ne: ['nep', 'Nepalese', 'नेपाली'],
  ko: ['kor', '한국어'],
  ja: ['jpn', '日本語'],
  jam: ['Patois', 'Patwa', 'Jamaican Creole', 'Créole jamaïcain'],
  ht: ['hat', 'Kreyòl', 'Kreyòl ayisyen', 'Haitian'],
  pt: ['por', 'Português'],
  ar: ['ara', 'العربية'],
  uk: ['ukr', 'Українська'],
  asl: ['ASL', 'Sign language', 'Langue des signes', 'AMESLAN'],
};

export const languageVocabulary: ValueVocabulary<LanguageCode> = {
  entries: languageCodes.map((code) => ({
    code,
    names: [languageNames[code].en, languageNames[code].fr, ...otherNames[code]],
  })),
  ambiguous: [
    { text: 'Creole', codes: ['ht', 'jam'] },
    { text: 'Créole', codes: ['ht', 'jam'] },
  ],
};
