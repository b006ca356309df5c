import { erasedMarker, scrubValue } from './scrub-text';
import { isWithdrawnLabel } from './withdrawn-label';

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

/** Nothing left to erase: only markers, withdrawal labels (the withdrawal's own entry) and empty values. */
function alreadyErased(value: unknown): boolean {
  if (value === null || value === erasedMarker || isWithdrawnLabel(value)) return true;
  if (Array.isArray(value)) return value.every(alreadyErased);
  if (typeof value === 'object') return Object.values(value).every(alreadyErased);
  return false;
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
        ? alreadyErased(change)
          ? change
          : { from: erasedMarker, to: erasedMarker }
        : scrubValue(change, erasedValues);
  }
  return scrubbed;
}
