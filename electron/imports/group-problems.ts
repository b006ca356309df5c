import { importListCap, importProblemRowCap, type ImportProblem } from '../../shared/contract/imports';
import type { SheetRow } from './import-cell';
import type { RowProblem } from './row-problem';
import { valueKey } from './values/value-key';

export interface InvalidRow {
  row: SheetRow;
  problems: RowProblem[];
}

const examplesShown = 3;
const longestExample = 60;
/** Unmatched values of one column listed one per line; the rest share one line. */
const valueLinesShown = 10;

const shortened = (text: string) => (text.length > longestExample ? `${text.slice(0, longestExample - 1)}…` : text);

/** Problems about one value ("MW" unmatched) get a line per value; the others one line per column. */
const otherValuesCode = {
  unknownCategory: 'otherUnknownCategories',
  unknownLanguage: 'otherUnknownLanguages',
} as const;

interface Group {
  problem: ImportProblem;
  /** Every row affected, in sheet order, each once. */
  rows: number[];
  /** When the group was first met, reading the sheet row by row and left to right. */
  order: number;
}

function toProblem(group: Group): ImportProblem {
  return { ...group.problem, rowNumbers: group.rows.slice(0, importProblemRowCap), rowCount: group.rows.length };
}

/** The many unmatched values of one column beyond the first few, as one line. */
function mergeValues(groups: readonly Group[]): Group {
  const first = (groups[0] as Group).problem;
  const rows = [...new Set(groups.flatMap((group) => group.rows))].sort((a, b) => a - b);
  return {
    rows,
    order: Math.min(...groups.map((group) => group.order)),
    problem: {
      ...first,
      code: otherValuesCode[first.code as keyof typeof otherValuesCode],
      value: null,
      valueCount: groups.length,
      examples: groups.slice(0, examplesShown).map((group) => shortened(group.problem.value ?? '')),
    },
  };
}

function collapseValueLines(groups: Group[]): Group[] {
  const byColumn = new Map<string, Group[]>();
  const kept: Group[] = [];
  for (const group of groups) {
    if (!(group.problem.code in otherValuesCode)) kept.push(group);
    else {
      const key = `${group.problem.code}\u0000${group.problem.column}`;
      byColumn.set(key, [...(byColumn.get(key) ?? []), group]);
    }
  }
  for (const valueGroups of byColumn.values()) {
    const mostUsedFirst = [...valueGroups].sort((a, b) => b.rows.length - a.rows.length);
    kept.push(...mostUsedFirst.slice(0, valueLinesShown));
    if (mostUsedFirst.length > valueLinesShown) kept.push(mergeValues(mostUsedFirst.slice(valueLinesShown)));
  }
  return kept;
}

/**
 * One line per problem with the rows it affects, never one per row: "Email is not an email address
 * — rows 4, 9, 12". The most frequent first; the same unmatched value is one line however often it
 * recurs, and a column of hundreds of unmatched values (the wrong column, surely) takes eleven lines.
 */
export function groupProblems(
  invalid: readonly InvalidRow[],
  headers: readonly string[],
): { problems: ImportProblem[]; problemCount: number } {
  const groups = new Map<string, Group>();
  for (const { row, problems } of invalid) {
    for (const problem of problems) {
      const aboutValue = problem.code in otherValuesCode;
      const key = [problem.code, problem.field, problem.column, aboutValue ? valueKey(problem.value ?? '') : ''].join(
        '\u0000',
      );
      let group = groups.get(key);
      if (!group) {
        group = {
          rows: [],
          order: groups.size,
          problem: {
            code: problem.code,
            field: problem.field,
            column: problem.column === null ? '' : (headers[problem.column] ?? ''),
            value: aboutValue ? problem.value : null,
            max: problem.max,
            valueCount: 1,
            examples: [],
            rowNumbers: [],
            rowCount: 0,
          },
        };
        groups.set(key, group);
      }
      if (group.rows.at(-1) !== row.rowNumber) group.rows.push(row.rowNumber);
      const example = problem.value === null ? null : shortened(problem.value);
      const examples = group.problem.examples;
      if (!aboutValue && example && examples.length < examplesShown && !examples.includes(example))
        examples.push(example);
    }
  }
  const problems = collapseValueLines([...groups.values()])
    .sort((a, b) => b.rows.length - a.rows.length || a.order - b.order)
    .map(toProblem);
  return { problems: problems.slice(0, importListCap), problemCount: problems.length };
}
