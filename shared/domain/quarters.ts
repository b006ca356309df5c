import type { QuarterInfo } from './meeting';

/**
 * The Government of Canada's fiscal year runs April to March: 2026-11-25 is in Q3 of 2026-27.
 * The calendar quarter is shown beside it because funders outside government use it.
 */
export function quarterOf(isoDate: string): QuarterInfo {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new Error(`quarterOf needs a date written YYYY-MM-DD, got "${isoDate}"`);
  }
  const calendarQuarter = Math.floor((month - 1) / 3) + 1;
  const fiscalStartYear = month >= 4 ? year : year - 1;
  const fiscalQuarter = month >= 4 ? calendarQuarter - 1 : 4;
  const fiscalYear = `${fiscalStartYear}-${String((fiscalStartYear + 1) % 100).padStart(2, '0')}`;
  return { fiscalYear, fiscalQuarter, calendarYear: year, calendarQuarter };
}

/** "2026-27 Q3": sorts correctly as text, used as a grouping key. */
export function fiscalQuarterKey(quarter: QuarterInfo): string {
  return `${quarter.fiscalYear} Q${quarter.fiscalQuarter}`;
}

export function calendarQuarterKey(quarter: QuarterInfo): string {
  return `${quarter.calendarYear} Q${quarter.calendarQuarter}`;
}
