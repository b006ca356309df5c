import i18next from 'i18next';
import { localeOf } from './format';

const collators = new Map<string, Intl.Collator>();

/** "Pérez 20" before "Pérez 100", "émile" beside "Emile": names sorted as people read them. */
export function nameCollator(language: string = i18next.language): Intl.Collator {
  const locale = localeOf(language);
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

export function compareNames(a: string, b: string, language?: string): number {
  return nameCollator(language).compare(a, b);
}

/** A sorted copy; the list given is left as it was. */
export function sortByName<Item>(items: readonly Item[], nameOf: (item: Item) => string, language?: string): Item[] {
  const collator = nameCollator(language);
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
