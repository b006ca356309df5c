import { z } from 'zod';
import { because } from '../validation';
import { calendarQuarterKey, fiscalQuarterKey, quarterOf } from './quarters';

/**
 * A quarter as the lists filter by it, in the keys quarters.ts writes: fiscal "2026-27 Q3"
 * (Government of Canada, April to March) or calendar "2026 Q4".
 */
const fiscalKey = /^(\d{4})-(\d{2}) Q([1-4])$/;
const calendarKey = /^(\d{4}) Q([1-4])$/;

export const quarterKeySchema = z.string().refine(
  (key) => {
    const fiscal = fiscalKey.exec(key);
    if (fiscal) return (Number(fiscal[1]) + 1) % 100 === Number(fiscal[2]);
    return calendarKey.test(key);
  },
  because('quarterKey'),
);

const lastDayOfQuarter = ['03-31', '06-30', '09-30', '12-31'] as const;

function calendarRange(year: number, quarter: number): { from: string; to: string } {
  const firstMonth = String((quarter - 1) * 3 + 1).padStart(2, '0');
  return { from: `${year}-${firstMonth}-01`, to: `${year}-${lastDayOfQuarter[quarter - 1] ?? '12-31'}` };
}

/** First and last day, both inclusive, of a quarter key that quarterKeySchema accepted. */
export function quarterDateRange(key: string): { from: string; to: string } {
  const fiscal = fiscalKey.exec(key);
  if (fiscal) {
    const startYear = Number(fiscal[1]);
    const quarter = Number(fiscal[3]);
    // Fiscal Q1-Q3 are calendar Q2-Q4 of the start year; fiscal Q4 is calendar Q1 of the next.
    return quarter === 4 ? calendarRange(startYear + 1, 1) : calendarRange(startYear, quarter + 1);
  }
  const calendar = calendarKey.exec(key);
  if (!calendar) throw new Error(`"${key}" is not a quarter key`);
  return calendarRange(Number(calendar[1]), Number(calendar[2]));
}

/** Both keys a date falls in, for offering filter choices. */
export function quarterKeysOf(isoDate: string): { fiscal: string; calendar: string } {
  const info = quarterOf(isoDate);
  return { fiscal: fiscalQuarterKey(info), calendar: calendarQuarterKey(info) };
}
