import type { ImportField, ImportMapping, ImportRowIssue } from '../../shared/contract/imports';
import { memberDraftSchema, type MemberDraft } from '../../shared/domain/member';
import { findStakeholderCategory } from '../../shared/domain/stakeholder-category-names';
import { cellText, type ImportCell, type SheetRow } from './import-cell';
import {
  parseImportDate,
  parseImportKind,
  parseImportLanguage,
  parseImportLanguages,
  parseImportYesNo,
  type Parsed,
} from './cell-parsers';

export interface ImportedRow {
  rowNumber: number;
  draft: MemberDraft;
  /** Fields the row gave a value for: an update changes only these. */
  present: ImportField[];
}

export interface RowOutcome {
  row?: ImportedRow;
  issues: ImportRowIssue[];
}

const textFields = new Set<ImportField>(['displayName', 'alias', 'organisationName', 'email', 'phone', 'notes']);

function parseCell(field: ImportField, cell: ImportCell): Parsed<unknown> {
  switch (field) {
    case 'category': {
      const category = findStakeholderCategory(cellText(cell));
      return category
        ? { ok: true, value: category }
        : {
            ok: false,
            message: `"${cellText(cell)}" is not a category the app knows (use its English or French name, or a code such as settlement_agency)`,
          };
    }
    case 'languages':
      return parseImportLanguages(cell);
    case 'preferredLanguage':
      return parseImportLanguage(cell);
    case 'joinedOn':
    case 'leftOn':
      return parseImportDate(cell);
    case 'kind':
      return parseImportKind(cell);
    case 'mayContact':
    case 'mayBeNamed':
      return parseImportYesNo(cell);
    default:
      return { ok: true, value: cellText(cell) };
  }
}

/**
 * Turns one sheet row into a member draft through the same schema the member form uses.
 * Empty cells take the defaults an import needs: an individual, joined on the day of the import,
 * and no consent unless a column says so.
 */
export function rowToDraft(
  row: SheetRow,
  mapping: ImportMapping,
  headers: readonly string[],
  today: string,
): RowOutcome {
  const input: Record<string, unknown> = {
    kind: 'individual',
    displayName: '',
    alias: null,
    category: undefined,
    organisationName: null,
    languages: [],
    preferredLanguage: null,
    email: null,
    phone: null,
    mayContact: false,
    mayBeNamed: false,
    joinedOn: today,
    leftOn: null,
    notes: null,
  };
  // Issues keep their column's position so a row's problems read left to right, as in the sheet.
  const issues: { position: number; issue: ImportRowIssue }[] = [];
  const addIssue = (position: number | undefined, message: string) =>
    issues.push({
      position: position ?? Number.MAX_SAFE_INTEGER,
      issue: { rowNumber: row.rowNumber, column: position === undefined ? '' : (headers[position] ?? ''), message },
    });
  const present: ImportField[] = [];
  const failed = new Set<string>();
  const columnOf = new Map<string, number>();

  mapping.forEach((field, index) => {
    if (!field) return;
    columnOf.set(field, index);
    const cell = row.cells[index] ?? null;
    if (cellText(cell) === '') return;
    const parsed = textFields.has(field) ? { ok: true as const, value: cellText(cell) } : parseCell(field, cell);
    if (parsed.ok) {
      input[field] = parsed.value;
      present.push(field);
    } else {
      failed.add(field);
      addIssue(index, parsed.message);
    }
  });

  const languages = input.languages as string[];
  if (typeof input.preferredLanguage === 'string' && !languages.includes(input.preferredLanguage)) {
    input.languages = [...languages, input.preferredLanguage];
  }
  const categoryColumn = columnOf.get('category');
  if (input.category === undefined && categoryColumn !== undefined && !failed.has('category')) {
    failed.add('category');
    addIssue(categoryColumn, 'is required');
  }

  const result = memberDraftSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (failed.has(field)) continue;
      failed.add(field);
      const column = columnOf.get(field);
      const value = column === undefined ? '' : cellText(row.cells[column] ?? null);
      const message =
        value && textFields.has(field as ImportField) ? `"${value.slice(0, 60)}" ${issue.message}` : issue.message;
      addIssue(column, message);
    }
  }
  if (issues.length > 0 || !result.success) {
    return { issues: issues.sort((a, b) => a.position - b.position).map((entry) => entry.issue) };
  }
  return { row: { rowNumber: row.rowNumber, draft: result.data, present }, issues: [] };
}
