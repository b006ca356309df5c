import type { ImportField, ImportProblemCode } from '../../shared/contract/imports';

/** The problems one row can have; the otherUnknown* codes only name lines merging many rows'. */
export type RowProblemCode = Exclude<ImportProblemCode, 'otherUnknownCategories' | 'otherUnknownLanguages'>;

/** One thing wrong with one row; check-import groups them into one line per problem. */
export interface RowProblem {
  code: RowProblemCode;
  field: ImportField | null;
  /** The column's position in the sheet, or null when the problem is not one column's. */
  column: number | null;
  /** The cell (or, in a languages cell, the part) at fault. */
  value: string | null;
  max: number | null;
}
