import { erasedMarker, scrubValue } from './scrub-text';

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
