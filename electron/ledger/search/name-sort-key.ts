import { foldForSearch } from './fold-text';

/**
 * Sorts names as people read them, in SQL: accents and case folded (the one folding, fold-text.ts),
 * and every run of digits compared by value, so "Pérez 20" comes before "Pérez 100". Registered on
 * each connection as name_sort_key(); the renderer sorts what it holds with Intl.Collator (numeric).
 */
export function nameSortKey(text: string | null): string | null {
  if (text === null) return null;
  return foldForSearch(text).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(15, '0'));
}
