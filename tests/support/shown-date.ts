/** A YYYY-MM-DD date as the app shows it in a UI language ("Dec 5, 2026", "5 déc. 2026"). */
export function shownDate(iso: string, language: 'en' | 'fr' = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}

/** The same, escaped for use inside a RegExp. */
export function shownDatePattern(iso: string, language: 'en' | 'fr' = 'en'): string {
  return shownDate(iso, language).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
