import type { z } from 'zod';
import type { ImportField } from '../../shared/contract/imports';
import type { RowProblemCode } from './row-problem';

/** The import's word for a problem the member schema found in a field. */
export function problemForSchemaIssue(
  field: ImportField,
  issue: z.core.$ZodIssue,
): { code: RowProblemCode; max: number | null } {
  if (issue.code === 'too_big') {
    return field === 'languages'
      ? { code: 'tooManyLanguages', max: null }
      : { code: 'tooLong', max: Number(issue.maximum) };
  }
  if (issue.code === 'too_small') return { code: 'required', max: null };
  if (field === 'email') return { code: 'invalidEmail', max: null };
  if (field === 'phone') return { code: 'invalidPhone', max: null };
  if (field === 'leftOn' && issue.code === 'custom') return { code: 'leftBeforeJoined', max: null };
  if (field === 'organisationName' && issue.code === 'custom')
    return { code: 'organisationForOrganisation', max: null };
  if (field === 'joinedOn' || field === 'leftOn') return { code: 'invalidDate', max: null };
  return { code: 'invalidValue', max: null };
}
