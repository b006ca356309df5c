import { describe, expect, it } from 'vitest';
import { bookingCosts, chargeFor } from '../../../shared/domain/interpretation';
import { divideRoundingHalfUp, formatCents, parseDollarsToCents } from '../../../shared/domain/money';
import { formatMinutesAsHours, parseHoursToMinutes } from '../../../shared/domain/durations';

const base = {
  bookedMinutes: 150,
  actualMinutes: null,
  hourlyRateCents: 8_500,
  minimumChargeCents: 0,
  travelCents: 0,
  cancellationFeeCents: 0,
  status: 'confirmed',
} as const;

describe('interpretation booking cost, in integer cents', () => {
  it('charges the hourly rate for the booked time plus travel', () => {
    expect(bookingCosts({ ...base, travelCents: 4_250 })).toEqual({
      estimatedCostCents: 21_250 + 4_250,
      costCents: 25_500,
    });
  });

  it('rounds a part-hour to the nearest cent, halves up', () => {
    // $0.99/h for 50 minutes = 82.5 cents -> 83
    expect(chargeFor({ ...base, hourlyRateCents: 99 }, 50)).toBe(83);
    // $0.99/h for 10 minutes = 16.5 cents -> 17; 20 minutes = 33 exactly
    expect(chargeFor({ ...base, hourlyRateCents: 99 }, 10)).toBe(17);
    expect(chargeFor({ ...base, hourlyRateCents: 99 }, 20)).toBe(33);
  });

  it('raises a short booking to the minimum charge, then adds travel', () => {
    const short = { ...base, bookedMinutes: 60, minimumChargeCents: 20_000, travelCents: 1_000 };
    expect(bookingCosts(short).costCents).toBe(21_000);
  });

  it('uses the actual hours once delivered', () => {
    const delivered = { ...base, status: 'delivered', actualMinutes: 180 } as const;
    expect(bookingCosts(delivered)).toEqual({ estimatedCostCents: 21_250, costCents: 25_500 });
  });

  it('owes only the cancellation fee once cancelled', () => {
    const cancelled = { ...base, status: 'cancelled', travelCents: 5_000, cancellationFeeCents: 7_500 } as const;
    expect(bookingCosts(cancelled).costCents).toBe(7_500);
  });

  it('never meets floating-point error: ten 10-cent items total exactly one dollar', () => {
    const total = Array.from({ length: 10 }, () => chargeFor({ ...base, hourlyRateCents: 10 }, 60)).reduce(
      (a, b) => a + b,
      0,
    );
    expect(total).toBe(100);
    expect(divideRoundingHalfUp(1, 2)).toBe(1);
    expect(divideRoundingHalfUp(149, 100)).toBe(1);
  });
});

describe('typing money and hours', () => {
  it('reads dollars without floats and refuses nonsense', () => {
    expect(parseDollarsToCents('85')).toBe(8_500);
    expect(parseDollarsToCents('85.5')).toBe(8_550);
    expect(parseDollarsToCents('$1,200.05')).toBe(120_005);
    expect(parseDollarsToCents('0.07')).toBe(7);
    expect(parseDollarsToCents('1.234')).toBeUndefined();
    expect(parseDollarsToCents('-5')).toBeUndefined();
    expect(parseDollarsToCents('abc')).toBeUndefined();
  });

  it('formats cents as dollars', () => {
    expect(formatCents(120_005)).toBe('$1,200.05');
    expect(formatCents(7)).toBe('$0.07');
  });

  it('reads hours as decimals or h:mm', () => {
    expect(parseHoursToMinutes('2.5')).toBe(150);
    expect(parseHoursToMinutes('2,25')).toBe(135);
    expect(parseHoursToMinutes('1:40')).toBe(100);
    expect(parseHoursToMinutes('3')).toBe(180);
    expect(parseHoursToMinutes('two')).toBeUndefined();
    expect(formatMinutesAsHours(150)).toBe('2.5');
    expect(formatMinutesAsHours(135)).toBe('2.25');
    expect(formatMinutesAsHours(100)).toBe('1:40');
  });
});
