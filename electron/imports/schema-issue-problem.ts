import type { z } from 'zod';
import { fieldProblemOf, type FieldReason } from '../../shared/validation';
import type { RowProblemCode } from './row-problem';

const problemByReason: Partial<Record<FieldReason, RowProblemCode>> = {
  required: 'required',
  tooLong: 'tooLong',
  tooMany: 'tooManyLanguages',
  email: 'invalidEmail',
  phone: 'invalidPhone',
  phoneDigits: 'invalidPhone',
  isoDate: 'invalidDate',
  leftBeforeJoined: 'leftBeforeJoined',
  onlyForIndividuals: 'organisationForOrganisation',
};

/** The import's word for a problem the member schema found in a field (the schema's own reason, read once). */
export function problemForSchemaIssue(issue: z.core.$ZodIssue): { code: RowProblemCode; max: number | null } {
  const { reason, params } = fieldProblemOf(issue);
  const code = problemByReason[reason] ?? 'invalidValue';
  return { code, max: code === 'tooLong' ? Number(params.max) : null };
}
