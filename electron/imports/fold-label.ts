import { foldForSearch } from '../ledger/search/fold-text';

/**
 * A label as the import compares it: folded by the app's one text folding (case, Latin accents),
 * then punctuation read as a space, so "Date d'adhésion", "Govt. of B.C." and "C.-B." compare by
 * their words alone. Marks stay: in Gurmukhi or Devanagari they are vowels.
 */
export function foldLabel(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}
