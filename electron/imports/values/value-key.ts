import type { Executor } from '../../ledger/database';
import { readRememberedValues } from '../../ledger/imports/value-mapping-repository';
import { foldLabel } from '../fold-label';

/**
 * How the values of a sheet are told apart, and remembered: "Union", "UNION" and "union." are one
 * value; "Unions" is another (the app suggests the same category for it). Punctuation alone
 * ("—", "?") stays as written so it is still listed.
 */
export function valueKey(text: string): string {
  return foldLabel(text) || text.trim();
}

/**
 * What earlier imports confirmed, keyed as valueKey folds today: a meaning remembered under an older
 * folding (before Greek accents were folded, say) still matches the same wording. Folding a folded key
 * again gives the key of the original wording; where two old keys become one, the later choice wins.
 */
export async function rememberedValues(db: Executor) {
  const stored = await readRememberedValues(db);
  const rekey = (values: ReadonlyMap<string, string>) => new Map([...values].map(([key, code]) => [valueKey(key), code]));
  return { category: rekey(stored.category), language: rekey(stored.language) };
}

/** The parts of a languages cell: "Spanish, Tagalog", "es; tl", "Espagnol / Pendjabi". */
export function languageParts(text: string): string[] {
  return text
    .split(/[,;/|\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
