import { parseDollarsToCents } from '../../../shared/domain/money';
import { localeOf } from '../i18n/format';

/**
 * Dollars typed the way the UI's language writes them ("1 613,31" in French, "1,613.31" in English),
 * to integer cents; undefined when it does not read as an amount. An empty box is zero.
 */
export function centsFromInput(text: string, language: string): number | undefined {
  let cleaned = text.trim().replace(/\$/g, '').replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return 0;
  if (language === 'fr') cleaned = cleaned.includes(',') ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned;
  return parseDollarsToCents(cleaned);
}

/** Cents as the form shows them for editing: "85.50", or "85,50" in French; no currency sign, no grouping. */
export function centsForInput(cents: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(
    cents / 100,
  );
}
