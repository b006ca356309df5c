import { describe, expect, it } from 'vitest';
import { calendarQuarterKey, fiscalQuarterKey, quarterOf } from '../../../shared/domain/quarters';

describe('quarter derivation', () => {
  it.each([
    ['2026-04-01', '2026-27', 1, 2026, 2],
    ['2026-06-30', '2026-27', 1, 2026, 2],
    ['2026-07-01', '2026-27', 2, 2026, 3],
    ['2026-11-25', '2026-27', 3, 2026, 4],
    ['2026-12-31', '2026-27', 3, 2026, 4],
    ['2027-01-01', '2026-27', 4, 2027, 1],
    ['2027-03-31', '2026-27', 4, 2027, 1],
    ['2099-02-15', '2098-99', 4, 2099, 1],
    ['2099-05-15', '2099-00', 1, 2099, 2],
  ])('%s is fiscal %s Q%i and calendar %i Q%i', (date, fiscalYear, fiscalQuarter, calendarYear, calendarQuarter) => {
    expect(quarterOf(date)).toEqual({ fiscalYear, fiscalQuarter, calendarYear, calendarQuarter });
  });

  it('gives sortable keys', () => {
    const quarter = quarterOf('2027-02-10');
    expect(fiscalQuarterKey(quarter)).toBe('2026-27 Q4');
    expect(calendarQuarterKey(quarter)).toBe('2027 Q1');
  });

  it('refuses text that is not a date', () => {
    expect(() => quarterOf('next week')).toThrow(/YYYY-MM-DD/);
  });
});
