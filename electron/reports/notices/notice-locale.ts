import type { LanguageCode } from '../../../shared/domain/languages';

/** Languages Intl has no data for, written for readers of a close one (Tagalog is Filipino to ICU). */
const nearestIntlLocale: Partial<Record<LanguageCode, string>> = { tl: 'fil', ilo: 'fil', ht: 'fr' };

/**
 * The locale dates and language names are written in for a notice in this language: the language
 * itself when Intl knows it, a close one, or else the fallback notice language.
 */
export function intlLocaleFor(language: LanguageCode, fallback: 'en' | 'fr'): string {
  for (const candidate of [language, nearestIntlLocale[language]]) {
    if (candidate && Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0) return candidate;
  }
  return fallback;
}
