import { renderBarChart } from '../charts/bar-chart';
import { barsFromTable } from '../charts/bars-from-table';
import type { ChartImage } from '../charts/chart-image';
import { describeBars } from '../charts/describe-bars';
import type { PublishedQuarterlyReport } from './publish-quarterly-report';

export interface QuarterlyCharts {
  readonly participation: ChartImage;
  /** None when no interpretation was booked in the quarter. */
  readonly interpretation: ChartImage | null;
}

/** The report's two figures, drawn from its tables as published (hidden counts stay markers). */
export function quarterlyCharts(report: PublishedQuarterlyReport): QuarterlyCharts {
  const { text: t, format, threshold } = report;
  const participationBars = barsFromTable(report.participation, 1, {
    format,
    threshold,
    emphasised: (row) => report.workerRows[row] ?? false,
  });
  const costBars = barsFromTable(report.interpretation, 3, { format, threshold });
  return {
    participation: renderBarChart({
      bars: participationBars,
      legend: { emphasised: t.workersLegend, others: t.othersLegend, hidden: t.hiddenLegend },
      axisLabel: (value) => format.integer(value),
      altText: describeBars(t.participationAlt, participationBars, t.hiddenInAlt, format),
    }),
    interpretation:
      costBars.length === 0
        ? null
        : renderBarChart({
            bars: costBars,
            legend: { others: t.costLegend, hidden: t.hiddenLegend },
            axisLabel: (dollars) => format.wholeMoney(dollars * 100),
            altText: describeBars(t.interpretationAlt, costBars, t.hiddenInAlt, format),
          }),
  };
}
