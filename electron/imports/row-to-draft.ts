import type { ImportField, ImportMapping } from '../../shared/contract/imports';
import { memberFieldsSchema, type MemberDraft } from '../../shared/domain/member';
import { parseImportDate, parseImportKind, parseImportYesNo, type Parsed } from './cell-parsers';
import { cellText, type ImportCell, type SheetRow } from './import-cell';
import type { RowProblem } from './row-problem';
import { problemForSchemaIssue } from './schema-issue-problem';
import type { ResolvedValues } from './values/resolve-values';
import { languageParts, valueKey } from './values/value-key';

export interface ImportedRow {
  rowNumber: number;
  draft: MemberDraft;
  /** Fields the row gave a value for: an update changes only these. */
  present: ImportField[];
}

export interface RowOutcome {
  row?: ImportedRow;
  problems: RowProblem[];
}

type CellOutcome = { ok: true; value: unknown } | { ok: false; problems: Omit<RowProblem, 'field' | 'column'>[] };

const textFields = new Set<ImportField>(['displayName', 'alias', 'organisationName', 'email', 'phone', 'notes']);

const failure = (code: RowProblem['code'], value: string): CellOutcome => ({
  ok: false,
  problems: [{ code, value, max: null }],
});

const fromParsed = (parsed: Parsed<unknown>, text: string): CellOutcome =>
  parsed.ok ? parsed : failure(parsed.code, text);

function parseCell(field: ImportField, cell: ImportCell, values: ResolvedValues): CellOutcome {
  const text = cellText(cell);
  switch (field) {
    case 'category': {
      const category = values.category.get(valueKey(text));
      return category ? { ok: true, value: category } : failure('unknownCategory', text);
    }
    case 'languages': {
      const codes = new Set<string>();
      const unknown: string[] = [];
      for (const part of languageParts(text)) {
        const code = values.language.get(valueKey(part));
        if (code) codes.add(code);
        else unknown.push(part);
      }
      if (unknown.length === 0) return { ok: true, value: [...codes] };
      return { ok: false, problems: unknown.map((part) => ({ code: 'unknownLanguage', value: part, max: null })) };
    }
    case 'preferredLanguage': {
      const code = values.language.get(valueKey(text));
      return code ? { ok: true, value: code } : failure('unknownLanguage', text);
    }
    case 'joinedOn':
    case 'leftOn':
      return fromParsed(parseImportDate(cell), text);
    case 'kind':
      return fromParsed(parseImportKind(cell), text);
    case 'mayContact':
    case 'mayBeNamed':
      return fromParsed(parseImportYesNo(cell), text);
    default:
      return { ok: true, value: text };
  }
}

/**
 * Turns one sheet row into a member draft through the member schema (all of it but the alias rule:
 * the import gives workers their alias afterwards). Empty cells take the defaults an import needs:
 * an individual, joined on the day of the import, and no consent unless a column says so.
 */
export function rowToDraft(row: SheetRow, mapping: ImportMapping, values: ResolvedValues, today: string): RowOutcome {
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
  const problems: RowProblem[] = [];
  const present: ImportField[] = [];
  const failed = new Set<string>();
  const columnOf = new Map<string, number>();

  mapping.forEach((field, index) => {
    if (!field) return;
    columnOf.set(field, index);
    const cell = row.cells[index] ?? null;
    if (cellText(cell) === '') return;
    const parsed = textFields.has(field)
      ? { ok: true as const, value: cellText(cell) }
      : parseCell(field, cell, values);
    if (parsed.ok) {
      input[field] = parsed.value;
      present.push(field);
    } else {
      failed.add(field);
      for (const problem of parsed.problems) problems.push({ ...problem, field, column: index });
    }
  });

  const languages = input.languages as string[];
  if (typeof input.preferredLanguage === 'string' && !languages.includes(input.preferredLanguage)) {
    input.languages = [...languages, input.preferredLanguage];
  }
  const categoryColumn = columnOf.get('category');
  if (input.category === undefined && categoryColumn !== undefined && !failed.has('category')) {
    failed.add('category');
    problems.push({ code: 'required', field: 'category', column: categoryColumn, value: null, max: null });
  }

  const result = memberFieldsSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '') as ImportField;
      if (failed.has(field)) continue;
      failed.add(field);
      const column = columnOf.get(field) ?? null;
      const value = column === null ? null : cellText(row.cells[column] ?? null) || null;
      problems.push({ ...problemForSchemaIssue(issue), field, column, value });
    }
  }
  if (problems.length > 0 || !result.success) {
    // A row's problems read left to right, as in the sheet.
    return { problems: problems.sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity)) };
  }
  return { row: { rowNumber: row.rowNumber, draft: result.data, present }, problems: [] };
}
