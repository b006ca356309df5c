import {
  importListCap,
  type ImportCheck,
  type ImportField,
  type ImportMapping,
  type ImportRowIssue,
} from '../../shared/contract/imports';
import { DomainError } from '../domain-error';
import type { MemberIdentity } from '../ledger/members/member-identity-repository';
import { findDuplicates, type ClassifiedRows } from './find-duplicates';
import type { StagedSheet } from './read-spreadsheet';
import { rowToDraft, type ImportedRow } from './row-to-draft';

/** Without these no row can become a member; the other fields have defaults. */
const requiredFields: readonly ImportField[] = ['displayName', 'category'];

export interface ImportPlan {
  check: ImportCheck;
  classified: ClassifiedRows;
}

/** Validates every row with a mapping and sorts the valid ones into new members and duplicates; writes nothing. */
export function planImport(
  sheet: StagedSheet,
  mapping: ImportMapping,
  ledgerMembers: readonly MemberIdentity[],
  today: string,
): ImportPlan {
  if (mapping.length !== sheet.headers.length) {
    throw new DomainError(
      'invalid_input',
      `The mapping names ${mapping.length} columns but the sheet has ${sheet.headers.length}`,
      [{ path: 'mapping', message: `must have one entry per column (${sheet.headers.length})` }],
    );
  }
  const missingFields = requiredFields.filter((field) => !mapping.includes(field));
  const emptyCheck = {
    rowCount: sheet.rows.length,
    missingFields,
    errorCount: 0,
    errors: [],
    duplicateCount: 0,
    duplicates: [],
    newCount: 0,
  };
  if (missingFields.length > 0) return { check: emptyCheck, classified: { fresh: [], duplicates: [] } };

  const valid: ImportedRow[] = [];
  const errors: ImportRowIssue[] = [];
  let errorCount = 0;
  for (const sheetRow of sheet.rows) {
    const outcome = rowToDraft(sheetRow, mapping, sheet.headers, today);
    if (outcome.row) valid.push(outcome.row);
    errorCount += outcome.issues.length;
    for (const issue of outcome.issues) if (errors.length < importListCap) errors.push(issue);
  }
  const classified = findDuplicates(valid, ledgerMembers);
  return {
    classified,
    check: {
      ...emptyCheck,
      errorCount,
      errors,
      duplicateCount: classified.duplicates.length,
      duplicates: classified.duplicates.slice(0, importListCap).map((entry) => entry.duplicate),
      newCount: classified.fresh.length,
    },
  };
}
