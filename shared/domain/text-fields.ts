import { z } from 'zod';
import '../validation';

/** An optional free-text field: trimmed, bounded, and an empty entry stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** True for an http(s) address; javascript:, file: and the like are refused because pages link to them. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * What a search box sends. Control characters (a NUL, a tab or line break pasted from elsewhere) cannot
 * be meant as part of a name; each becomes a space, which every search treats as a word break. FTS5
 * would otherwise read a NUL as the end of its query and fail.
 */
export const searchText = (max: number) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .transform((value) => value.replace(/\p{Cc}/gu, ' '))
    .default('');
