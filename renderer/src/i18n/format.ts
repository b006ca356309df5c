import i18next from 'i18next';
import { languageCodes, languageName, type LanguageCode } from '../../../shared/domain/languages';

/**
 * Numbers, money and dates in the UI's language, always through Intl: "1 613,31 $" and "14 mars 2026"
 * in French, "$1,613.31" and "Mar 14, 2026" in English. Dates are kept as YYYY-MM-DD and read as
 * calendar days, never as UTC midnights (which would show the day before in Vancouver).
 */
export function localeOf(language: string = i18next.language): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatIsoDate(iso: string, language?: string): string {
  const match = isoDatePattern.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(iso: string, language?: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(value: number, language?: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** Money is kept in integer cents; only the display divides. */
export function formatMoney(cents: number, language?: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'CAD' }).format(cents / 100);
}

/** 150 minutes -> "2.5 h" / "2,5 h"; 140 -> "2:20". */
export function formatHours(minutes: number, language?: string): string {
  if ((minutes * 100) % 60 === 0) {
    return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(minutes / 60);
  }
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Lets translations format their values: "{{heldOn, isoDate}}", "{{cost, money}}", "{{count, number}}". */
export function registerFormatters(instance: typeof i18next): void {
  instance.services.formatter?.add('isoDate', (value: unknown, language) =>
    typeof value === 'string' ? formatIsoDate(value, language) : String(value),
  );
  instance.services.formatter?.add('dateTime', (value: unknown, language) =>
    typeof value === 'string' ? formatDateTime(value, language) : String(value),
  );
  instance.services.formatter?.add('money', (value: unknown, language) =>
    typeof value === 'number' ? formatMoney(value, language) : String(value),
  );
  // Codes the main side sends (a status, a category) read as the words the screens use for them.
  const term = (key: (value: string) => string) => (value: unknown, language: string | undefined) =>
    instance.t(key(String(value)), { lng: language });
  instance.services.formatter?.add('minutesStatus', term((value) => `minutes:statuses.${value}`));
  instance.services.formatter?.add('recommendationStatus', term((value) => `recommendations:statuses.${value}`));
  instance.services.formatter?.add('implementationStatus', term((value) => `recommendations:implementation.${value}`));
  instance.services.formatter?.add('category', term((value) => `common:categories.${value}`));
  instance.services.formatter?.add('voteColumn', term((value) => `recommendations:votes.${value}`));
  instance.services.formatter?.add('languageName', (value: unknown, language) => {
    const code = String(value);
    if (!(languageCodes as readonly string[]).includes(code)) return code;
    // Mid-sentence, French writes language names in lower case ("en espagnol").
    return language === 'fr' ? languageName(code as LanguageCode, 'fr').toLocaleLowerCase('fr') : languageName(code as LanguageCode, 'en');
  });
  instance.services.formatter?.add('agreementStatus', term((value) => `funding:statusWords.${value}`));
}
