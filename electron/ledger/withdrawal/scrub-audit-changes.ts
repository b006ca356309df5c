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

// Shorter values ("Li", "Bo") would also match inside unrelated words, so they are erased only
// where they are the whole value.
const shortestSubstringMatch = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function scrubText(text: string, erasedValues: readonly string[]): string {
  let result = text;
  for (const value of erasedValues) {
    if (value.length < shortestSubstringMatch) {
      if (result.trim().toLocaleLowerCase() === value.toLocaleLowerCase()) return erasedMarker;
      continue;
    }
    result = result.replace(new RegExp(escapeRegExp(value), 'giu'), erasedMarker);
  }
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
