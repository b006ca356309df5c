import { numberFigure, type PublishedFigure } from '../../releases/published-figure';
import { scopedTable } from '../report-scope';
import type { FundingSection } from './funding-section-data';

const streamColumns = {
  agreements: 'agreements',
  approvedCents: 'approved_cents',
  claimedCents: 'claimed_cents',
  paidCents: 'paid_cents',
  claimedToDateCents: 'claimed_to_date_cents',
  paidToDateCents: 'paid_to_date_cents',
} as const;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The funding section's agreements, money and reports as the release register records them, printed
 * as they are. Its counts of organisations are count cells (funding-cells.ts), recorded with the
 * report's other counts.
 */
export function fundingFigures(section: FundingSection, period: string, province: string | null = null): PublishedFigure[] {
  const at = (table: string, row: string, column: string) => ({ table: scopedTable(table, province), row, column, period, meetingId: null });
  const figures: PublishedFigure[] = [];
  for (const [field, column] of Object.entries(streamColumns) as Array<[keyof typeof streamColumns, string]>) {
    for (const row of section.byStream) figures.push(numberFigure(at('funding_streams', row.stream, column), row[field]));
    figures.push(numberFigure(at('funding_streams', 'total', column), sum(section.byStream.map((row) => row[field]))));
  }
  for (const column of ['due', 'received', 'overdue'] as const) {
    for (const row of section.reports) figures.push(numberFigure(at('funding_reports', row.kind, column), row[column]));
    figures.push(numberFigure(at('funding_reports', 'total', column), sum(section.reports.map((row) => row[column]))));
  }
  return figures;
}
