import { importListCap, type ImportCheck, type ImportField, type ImportMapping } from '../../shared/contract/imports';
import { DomainError } from '../domain-error';
import type { MemberIdentity } from '../ledger/members/member-identity-repository';
import { findDuplicates, type ClassifiedRows } from './find-duplicates';
import { groupProblems, type InvalidRow } from './group-problems';
import type { StagedSheet } from './read-spreadsheet';
import { rowToDraft, type ImportedRow } from './row-to-draft';
import type { ResolvedValues } from './values/resolve-values';

/** Without these no row can become a member; the other fields have defaults. */
const requiredFields: readonly ImportField[] = ['displayName', 'category'];

/** Every row of a sheet checked against one mapping and one reading of its values; depends on nothing else in the ledger. */
export interface ValidatedRows {
  rowCount: number;
  missingFields: ImportField[];
  valid: ImportedRow[];
  invalid: InvalidRow[];
}

export interface ImportPlan {
  check: ImportCheck;
  classified: ClassifiedRows;
}

/**
 * The last validation of each sheet, so the commit that follows a check does not parse every
 * row again. Keyed by the sheet object: it goes when the staged job goes.
 */
const lastValidation = new WeakMap<StagedSheet, { key: string; rows: ValidatedRows }>();

/** Validates every row (or reuses the previous answer for the same mapping, values and day). */
export function validateRows(
  sheet: StagedSheet,
  mapping: ImportMapping,
  values: ResolvedValues,
  today: string,
): ValidatedRows {
  if (mapping.length !== sheet.headers.length) {
    throw new DomainError(
      'invalid_input',
      `The mapping names ${mapping.length} columns but the sheet has ${sheet.headers.length}`,
      [{ path: 'mapping', message: `must have one entry per column (${sheet.headers.length})` }],
    );
  }
  const key = JSON.stringify([mapping, today, [...values.category], [...values.language]]);
  const cached = lastValidation.get(sheet);
  if (cached?.key === key) return cached.rows;

  const missingFields = requiredFields.filter((field) => !mapping.includes(field));
  const rows: ValidatedRows = { rowCount: sheet.rows.length, missingFields, valid: [], invalid: [] };
  if (missingFields.length === 0) {
    for (const sheetRow of sheet.rows) {
      const outcome = rowToDraft(sheetRow, mapping, values, today);
      if (outcome.row) rows.valid.push(outcome.row);
      else rows.invalid.push({ row: sheetRow, problems: outcome.problems });
    }
  }
  lastValidation.set(sheet, { key, rows });
  return rows;
}

/** Sorts the valid rows into new members and duplicates of the ledger as it is now; writes nothing. */
export function planImport(
  rows: ValidatedRows,
  headers: readonly string[],
  ledgerMembers: readonly MemberIdentity[],
): ImportPlan {
  const classified =
    rows.missingFields.length > 0 ? { fresh: [], duplicates: [] } : findDuplicates(rows.valid, ledgerMembers);
  return {
    classified,
    check: {
      rowCount: rows.rowCount,
      missingFields: rows.missingFields,
      invalidRowCount: rows.invalid.length,
      ...groupProblems(rows.invalid, headers),
      duplicateCount: classified.duplicates.length,
      duplicates: classified.duplicates.slice(0, importListCap).map((entry) => entry.duplicate),
      newCount: classified.fresh.length,
    },
  };
}
