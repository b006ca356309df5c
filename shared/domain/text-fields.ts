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
