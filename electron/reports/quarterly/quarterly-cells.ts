import {
  fiscalQuarterKey,
  fiscalQuarterRange,
  nextFiscalQuarter,
  parseFiscalQuarterKey,
} from '../../../shared/domain/fiscal-quarter';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { scopedAtoms } from '../disclosure/atom-keys';
import type { CountCell } from '../disclosure/disclosure-cell';
import { countTableCells } from '../privacy/count-table-cells';
import { rareCategories, rareLanguages } from '../privacy/rare-rows';
import { effectiveSuppressionThreshold } from '../privacy/suppression-threshold';
import type { QuarterlyReportData } from './quarterly-report-data';
import { fundingAtomTruth, fundingCountCells } from './funding/funding-cells';
import { scopedTable } from './report-scope';

export const otherRow = 'other';

/** The rows of the report's tables after rare ones are folded, and every count of people it prints. */
export interface QuarterlyCells {
  readonly period: string;
  readonly threshold: number;
  readonly categoryRows: ReadonlyArray<{ key: string; categories: readonly StakeholderCategory[] }>;
  readonly languageRows: ReadonlyArray<{ key: string; languages: readonly LanguageCode[] }>;
  readonly counts: readonly CountCell[];
  readonly truth: ReadonlyMap<string, number>;
}

export const participationColumns = ['participants', 'attendances'] as const;
export const membershipColumns = ['atStart', 'joined', 'left', 'atEnd'] as const;

export function foldedRows<T extends string>(all: readonly T[], rare: readonly T[]): Array<{ key: string; members: T[] }> {
  const kept = all.filter((item) => !rare.includes(item)).map((item) => ({ key: item, members: [item] }));
  return rare.length > 0 ? [...kept, { key: otherRow, members: all.filter((item) => rare.includes(item)) }] : kept;
}

type CategoryRows = ReadonlyArray<{ key: string; members: readonly StakeholderCategory[] }>;

/** Which table of which report: the quarter, its rows after folding, the true figures, and the province (null: the network's). */
export interface CategoryTable {
  readonly period: string;
  readonly categoryRows: CategoryRows;
  readonly truth: ReadonlyMap<string, number>;
  readonly province: string | null;
}

/** A table of counts per category row ("other" sums rare ones), of the network or one province; each cell adds up its row's atoms. */
function categoryTableCells(
  table: string,
  columns: readonly string[],
  atomOf: (column: string, category: string) => string,
  { period, categoryRows, truth, province }: CategoryTable,
): CountCell[] {
  return countTableCells(
    {
      table: scopedTable(table, province),
      period,
      meetingId: null,
      columns,
      rows: categoryRows.map((row) => ({ key: row.key, atoms: (column) => row.members.map((category) => atomOf(column, category)) })),
    },
    truth,
  );
}

/** The participation table: participants and attendances per category row. */
export function participationTableCells(table: CategoryTable): CountCell[] {
  const at = scopedAtoms(table.province);
  const atomOf = (column: string, category: string) =>
    column === 'participants' ? at.participants(table.period, category) : at.attendances(table.period, category);
  return categoryTableCells('participation', participationColumns, atomOf, table);
}

/** The membership table: members at the quarter's start, joined, left and at its end, per category row. */
export function membershipTableCells(table: CategoryTable): CountCell[] {
  const { period } = table;
  const at = scopedAtoms(table.province);
  const quarter = parseFiscalQuarterKey(period);
  const startsOn = fiscalQuarterRange(quarter).startsOn;
  const nextStartsOn = fiscalQuarterRange(nextFiscalQuarter(quarter)).startsOn;
  const membershipAtom: Record<string, (category: string) => string> = {
    atStart: (category) => at.membersOn(startsOn, category),
    joined: (category) => at.joined(period, category),
    left: (category) => at.left(period, category),
    atEnd: (category) => at.membersOn(nextStartsOn, category),
  };
  return categoryTableCells('membership', membershipColumns, (column, category) => membershipAtom[column]!(category), table);
}

/** Every count of people a quarterly report of the scope prints, laid out from the atoms' true values. */
export function scopeCountCells(table: CategoryTable): CountCell[] {
  return [...participationTableCells(table), ...membershipTableCells(table), ...fundingCountCells(table.truth, table.period, table.province)];
}

export function quarterlyCells(data: QuarterlyReportData): QuarterlyCells {
  const threshold = effectiveSuppressionThreshold(data.suppressionThreshold);
  const period = fiscalQuarterKey(data.quarter);
  const startsOn = fiscalQuarterRange(data.quarter).startsOn;
  const nextStartsOn = fiscalQuarterRange(nextFiscalQuarter(data.quarter)).startsOn;
  const at = scopedAtoms(data.province);
  const truth = new Map<string, number>();
  for (const row of data.participationByCategory) {
    truth.set(at.participants(period, row.category), row.participants);
    truth.set(at.attendances(period, row.category), row.attendances);
  }
  for (const row of data.membershipByCategory) {
    truth.set(at.membersOn(startsOn, row.category), row.atStart);
    truth.set(at.joined(period, row.category), row.joined);
    truth.set(at.left(period, row.category), row.left);
    truth.set(at.membersOn(nextStartsOn, row.category), row.atEnd);
  }
  for (const [atom, value] of fundingAtomTruth(data.funding, period, data.province)) truth.set(atom, value);
  const categories = data.participationByCategory.map((row) => row.category);
  const membersDuring = new Map(data.membershipByCategory.map((row) => [row.category, row.atStart + row.joined]));
  const categoryRows = foldedRows(categories, rareCategories(membersDuring, threshold));
  const languages = data.interpretationByLanguage.map((row) => row.language);
  const languageRows = foldedRows(
    languages,
    rareLanguages(new Map(data.interpretationByLanguage.map((row) => [row.language, row.users])), threshold),
  );
  const counts = scopeCountCells({ period, categoryRows, truth, province: data.province });
  return {
    period,
    threshold,
    categoryRows: categoryRows.map((row) => ({ key: row.key, categories: row.members })),
    languageRows: languageRows.map((row) => ({ key: row.key, languages: row.members })),
    counts,
    truth,
  };
}

/** Whether any category or language row was folded into "Other" (the appendix says so). */
export function quarterlyRowsFolded(cells: QuarterlyCells): boolean {
  return cells.categoryRows.some((row) => row.key === otherRow) || cells.languageRows.some((row) => row.key === otherRow);
}
