import { fiscalQuarterKey, fiscalQuarterOf } from '../../../shared/domain/fiscal-quarter';
import { stakeholderCategories, type StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { atoms } from '../disclosure/atom-keys';
import type { CountCell } from '../disclosure/disclosure-cell';
import { countTableCells } from '../privacy/count-table-cells';
import type { MinutesReportData } from './meeting-report-data';

export const otherCategoriesRow = 'other';
export const attendanceColumns = ['members', 'guests'] as const;

/** The attendance table of the shared minutes: every category (rare ones folded), members present and guests. */
export interface SharedMinutesCells {
  readonly meetingId: number;
  readonly period: string;
  readonly rows: ReadonlyArray<{ key: string; categories: readonly StakeholderCategory[] }>;
  readonly counts: readonly CountCell[];
}

/** What the attendance table needs of the minutes (the benchmark builds it for a whole quarter). */
export type SharedAttendanceData = Pick<MinutesReportData, 'meetingId' | 'attendanceByCategory' | 'rareCategories'> & {
  readonly meeting: Pick<MinutesReportData['meeting'], 'heldOn'>;
};

export function sharedMinutesCells(data: SharedAttendanceData): SharedMinutesCells {
  const period = fiscalQuarterKey(fiscalQuarterOf(data.meeting.heldOn));
  const truth = new Map<string, number>();
  for (const category of stakeholderCategories) {
    const row = data.attendanceByCategory.find((entry) => entry.category === category);
    truth.set(atoms.present(data.meetingId, category), row?.members ?? 0);
    truth.set(atoms.guests(data.meetingId, category), row?.guests ?? 0);
  }
  const rare = new Set(data.rareCategories);
  const rows = [
    ...stakeholderCategories.filter((category) => !rare.has(category)).map((category) => ({ key: category, categories: [category] })),
    ...(rare.size > 0 ? [{ key: otherCategoriesRow, categories: stakeholderCategories.filter((category) => rare.has(category)) }] : []),
  ];
  const atomOf = { members: atoms.present, guests: atoms.guests } as const;
  const counts = countTableCells(
    {
      table: 'attendance',
      period,
      meetingId: data.meetingId,
      columns: attendanceColumns,
      rows: rows.map((row) => ({
        key: row.key,
        atoms: (column) => row.categories.map((category) => atomOf[column as 'members'](data.meetingId, category)),
      })),
    },
    truth,
  );
  return { meetingId: data.meetingId, period, rows, counts };
}
