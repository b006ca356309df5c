import { foldLabel } from '../fold-label';

/**
 * How the values of a sheet are told apart, and remembered: "Union", "UNION" and "union." are one
 * value; "Unions" is another (the app suggests the same category for it). Punctuation alone
 * ("—", "?") stays as written so it is still listed.
 */
export function valueKey(text: string): string {
  return foldLabel(text) || text.trim();
}

/** The parts of a languages cell: "Spanish, Tagalog", "es; tl", "Espagnol / Pendjabi". */
export function languageParts(text: string): string[] {
  return text
    .split(/[,;/|\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
