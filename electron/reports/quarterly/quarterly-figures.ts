import { scopedAtoms } from '../disclosure/atom-keys';
import { cellKey } from '../disclosure/disclosure-cell';
import { countFigure, numberFigure, type PublishedFigure } from '../releases/published-figure';
import { recommendationColumns, type PublishedQuarterlyReport } from './publish-quarterly-report';
import { otherRow } from './quarterly-cells';
import { scopedTable } from './report-scope';
import { fundingFigures } from './funding/funding-figures';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Every figure the quarterly report prints, as the release register records it (same in every format and language). */
export function quarterlyFigures(report: PublishedQuarterlyReport): PublishedFigure[] {
  const { data, cells, disclosure } = report;
  const period = cells.period;
  const at = (table: string, row: string, column: string) => ({ table: scopedTable(table, data.province), row, column, period, meetingId: null });
  const atom = scopedAtoms(data.province);
  const figures = cells.counts.map((cell) => countFigure(cell, disclosure.states.get(cellKey(cell))!, cells.threshold));
  if (report.headline.workerAttendances) {
    figures.push({
      ...at('summary', 'migrant_workers', 'attendances'),
      state: 'shown',
      value: report.headline.workerAttendances.value,
      marker: null,
      range: null,
      terms: [
        [atom.attendances(period, 'current_migrant_worker'), 1],
        [atom.attendances(period, 'former_migrant_worker'), 1],
      ],
    });
  }
  for (const row of data.meetingsByKind) {
    figures.push(numberFigure(at('meetings', row.kind, 'held'), row.held));
    figures.push(numberFigure(at('meetings', row.kind, 'worker_friendly'), row.atWorkerFriendlyTimes));
  }
  for (const row of cells.languageRows) {
    const entries = data.interpretationByLanguage.filter((entry) => row.languages.includes(entry.language));
    const key = row.key === otherRow ? otherRow : row.languages[0]!;
    figures.push(numberFigure(at('interpretation', key, 'sessions'), sum(entries.map((entry) => entry.sessions))));
    figures.push(numberFigure(at('interpretation', key, 'minutes'), sum(entries.map((entry) => entry.minutes))));
    figures.push(numberFigure(at('interpretation', key, 'cost_cents'), sum(entries.map((entry) => entry.costCents))));
  }
  for (const row of data.recommendationsByKind) {
    for (const column of recommendationColumns) figures.push(numberFigure(at('recommendations', row.kind, column), row[column]));
  }
  figures.push(numberFigure(at('action_items', 'all', 'opened'), data.actionItems.opened));
  figures.push(numberFigure(at('action_items', 'all', 'closed'), data.actionItems.closed));
  figures.push(...fundingFigures(data.funding, period, data.province));
  return figures;
}
