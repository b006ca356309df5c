import type { FieldReason } from '../../../../shared/validation';
import { centsForInput, centsFromInput } from '../../forms/money-input';

/** The amounts of an entry form, typed as text in the UI's language and read as integer cents. */
export const moneyText = (cents: number | undefined, language: string) => (cents === undefined ? '' : centsForInput(cents, language));

/**
 * Cents for the schema to judge: an empty box reads as missing (reported as required, like
 * numberFromInput); unreadable amounts are caught first (unreadableAmounts), so 0 never reaches the ledger.
 */
export const centsOf = (text: string, language: string): number =>
  (text.trim() === '' ? undefined : (centsFromInput(text, language) ?? 0)) as number;

export function unreadableAmounts<Values extends Record<string, unknown>>(values: Values, fields: readonly (keyof Values & string)[], language: string) {
  const problems: Partial<Record<keyof Values & string, FieldReason>> = {};
  for (const field of fields) if (centsFromInput(String(values[field]), language) === undefined) problems[field] = 'amount';
  return problems;
}

export const textOrNull = (text: string) => (text.trim() === '' ? null : text);

/** "2026–27" in English, "2026-2027" in French: the fiscal year that starts on April 1 of that year. */
export function fiscalYearLabel(fiscalYear: number, language: string): string {
  return language === 'fr' ? `${fiscalYear}-${fiscalYear + 1}` : `${fiscalYear}–${String(fiscalYear + 1).slice(2)}`;
}
