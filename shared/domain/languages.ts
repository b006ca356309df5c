import { z } from 'zod';

/**
 * ISO 639 codes of the languages the Network meets in, with their names in the app's UI languages.
 * 639-1 where one exists, 639-3 otherwise (Punjabi is "pa"; Ilocano has only "ilo").
 */
export const languageNames = {
  en: { en: 'English', fr: 'Anglais' },
  fr: { en: 'French', fr: 'Français' },
  es: { en: 'Spanish', fr: 'Espagnol' },
  tl: { en: 'Tagalog', fr: 'Tagalog' },
  pa: { en: 'Punjabi', fr: 'Pendjabi' },
  vi: { en: 'Vietnamese', fr: 'Vietnamien' },
  zh: { en: 'Mandarin Chinese', fr: 'Chinois mandarin' },
  yue: { en: 'Cantonese', fr: 'Cantonais' },
  hi: { en: 'Hindi', fr: 'Hindi' },
  ilo: { en: 'Ilocano', fr: 'Ilocano' },
  th: { en: 'Thai', fr: 'Thaï' },
  km: { en: 'Khmer', fr: 'Khmer' },
  ne: { en: 'Nepali', fr: 'Népalais' },
  ko: { en: 'Korean', fr: 'Coréen' },
  ja: { en: 'Japanese', fr: 'Japonais' },
  jam: { en: 'Jamaican Patois', fr: 'Patois jamaïcain' },
  ht: { en: 'Haitian Creole', fr: 'Créole haïtien' },
  pt: { en: 'Portuguese', fr: 'Portugais' },
  ar: { en: 'Arabic', fr: 'Arabe' },
  uk: { en: 'Ukrainian', fr: 'Ukrainien' },
  asl: { en: 'American Sign Language', fr: 'Langue des signes américaine' },
} as const satisfies Record<string, { en: string; fr: string }>;

export type LanguageCode = keyof typeof languageNames;
export const languageCodes = Object.keys(languageNames) as [LanguageCode, ...LanguageCode[]];
export const languageCodeSchema = z.enum(languageCodes, {
  // The input is untrusted and may not even be a string: quote it only when it is, and briefly.
  error: (issue) =>
    typeof issue.input === 'string'
      ? `"${issue.input.slice(0, 40)}" is not a language the app knows (use an ISO 639 code such as es, tl, pa)`
      : 'must be a language code such as es, tl, pa',
});

export function languageName(code: LanguageCode, uiLanguage: 'en' | 'fr'): string {
  return languageNames[code][uiLanguage];
}
