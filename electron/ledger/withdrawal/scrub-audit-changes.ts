/** What replaces an erased value wherever it was written. */
export const erasedMarker = '[erased]';

/** Member fields that identify a person; their old values in the audit log are erased outright. */
export const personalMemberFields: ReadonlySet<string> = new Set([
  'displayName',
  'alias',
  'email',
  'phone',
  'notes',
  'organisationId',
  'organisationName',
  'languages',
  'preferredLanguage',
]);

// Shorter values ("Li", "Bo") would also match inside unrelated words ("Lifeline"), so they are
// replaced only where they stand as a word of their own.
const shortestSubstringMatch = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(value: string): RegExp {
  const escaped = escapeRegExp(value);
  if (value.length >= shortestSubstringMatch) return new RegExp(escaped, 'giu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Replaces each erased value in a text (ignoring case) by the marker, or by another neutral text. */
export function scrubText(text: string, erasedValues: readonly string[], replacement: string = erasedMarker): string {
  // Longest first, so a full name goes as a whole before a shorter alias inside it is looked for.
  const longestFirst = [...erasedValues].sort((a, b) => b.length - a.length);
  let result = text;
  for (const value of longestFirst) result = result.replace(patternFor(value), () => replacement);
  return result;
}

/** Replaces every occurrence of an erased value anywhere in a JSON value (keys are field names and stay). */
export function scrubValue(value: unknown, erasedValues: readonly string[]): unknown {
  if (typeof value === 'string') return scrubText(value, erasedValues);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, erasedValues));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, erasedValues)]));
  }
  return value;
}

/**
 * Scrubs one audit entry's changes. Entries about the withdrawn member itself lose every personal
 * field's values; any entry loses the erased strings wherever they appear.
 */
export function scrubAuditChanges(
  changes: Record<string, unknown>,
  erasedValues: readonly string[],
  aboutWithdrawnMember: boolean,
): Record<string, unknown> {
  const scrubbed: Record<string, unknown> = {};
  for (const [field, change] of Object.entries(changes)) {
    scrubbed[field] =
      aboutWithdrawnMember && personalMemberFields.has(field)
        ? { from: erasedMarker, to: erasedMarker }
        : scrubValue(change, erasedValues);
  }
  return scrubbed;
}
