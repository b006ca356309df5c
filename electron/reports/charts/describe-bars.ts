import { fr } from '../text/french-typography';
import type { ReportFormat } from '../text/report-format';
import type { ChartBar } from './bar-chart';

/**
 * A chart's alternative text: what it is, then every bar's name and value as the table prints them,
 * hidden ones said to be hidden, so a reader who cannot see the chart learns all that it shows.
 */
export function describeBars(
  lead: string,
  bars: readonly ChartBar[],
  hiddenWords: string,
  format: ReportFormat,
): string {
  const separator = format.language === 'fr' ? fr` ; ` : '; ';
  const items = bars.map((bar) => `${bar.category} ${bar.label}${bar.value === null ? ` (${hiddenWords})` : ''}`);
  return `${format.colon(lead)} ${items.join(separator)}.`;
}
