import {
  fiscalQuarterKey,
  fiscalQuarterRange,
  nextFiscalQuarter,
} from '../../../shared/domain/fiscal-quarter';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { atoms } from '../disclosure/atom-keys';
import type { CountCell } from '../disclosure/disclosure-cell';
import { countTableCells } from '../privacy/count-table-cells';
import { rareCategories, rareLanguages } from '../privacy/rare-rows';
import { effectiveSuppressionThreshold } from '../privacy/suppression-threshold';
import type { QuarterlyReportData } from './quarterly-report-data';
import { fundingAtomTruth, fundingCountCells } from './funding/funding-cells';

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

const participationAtom = { participants: atoms.participants, attendances: atoms.attendances } as const;

/** The participation table: participants and attendances per category row ("other" sums rare ones). */
export function participationTableCells(
  period: string,
  categoryRows: ReadonlyArray<{ key: string; members: readonly StakeholderCategory[] }>,
  truth: ReadonlyMap<string, number>,
): CountCell[] {
  return countTableCells(
    {
      table: 'participation',
      period,
      meetingId: null,
      columns: participationColumns,
      rows: categoryRows.map((row) => ({
        key: row.key,
        atoms: (column) => row.members.map((category) => participationAtom[column as 'participants'](period, category)),
      })),
    },
    truth,
  );
}

export function quarterlyCells(data: QuarterlyReportData): QuarterlyCells {
  const threshold = effectiveSuppressionThreshold(data.suppressionThreshold);
  const period = fiscalQuarterKey(data.quarter);
  const startsOn = fiscalQuarterRange(data.quarter).startsOn;
  const nextStartsOn = fiscalQuarterRange(nextFiscalQuarter(data.quarter)).startsOn;
  const truth = new Map<string, number>();
  for (const row of data.participationByCategory) {
    truth.set(atoms.participants(period, row.category), row.participants);
    truth.set(atoms.attendances(period, row.category), row.attendances);
  }
  for (const row of data.membershipByCategory) {
    truth.set(atoms.membersOn(startsOn, row.category), row.atStart);
    truth.set(atoms.joined(period, row.category), row.joined);
    truth.set(atoms.left(period, row.category), row.left);
    truth.set(atoms.membersOn(nextStartsOn, row.category), row.atEnd);
  }
  for (const [atom, value] of fundingAtomTruth(data.funding, period)) truth.set(atom, value);
  const categories = data.participationByCategory.map((row) => row.category);
  const membersDuring = new Map(data.membershipByCategory.map((row) => [row.category, row.atStart + row.joined]));
  const categoryRows = foldedRows(categories, rareCategories(membersDuring, threshold));
  const languages = data.interpretationByLanguage.map((row) => row.language);
  const languageRows = foldedRows(
    languages,
    rareLanguages(new Map(data.interpretationByLanguage.map((row) => [row.language, row.users])), threshold),
  );
  const membershipAtom = {
    atStart: (category: string) => atoms.membersOn(startsOn, category),
    joined: (category: string) => atoms.joined(period, category),
    left: (category: string) => atoms.left(period, category),
    atEnd: (category: string) => atoms.membersOn(nextStartsOn, category),
  } as const;
  const counts = [
    ...participationTableCells(period, categoryRows, truth),
    ...countTableCells(
      {
        table: 'membership',
        period,
        meetingId: null,
        columns: membershipColumns,
        rows: categoryRows.map((row) => ({
          key: row.key,
          atoms: (column) => row.members.map((category) => membershipAtom[column as 'joined'](category)),
        })),
      },
      truth,
    ),
    ...fundingCountCells(data.funding, period),
  ];
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
