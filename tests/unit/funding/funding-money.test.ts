import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysByFiscalYear, splitByFiscalYear } from '../../../shared/domain/funding/fiscal-year-split';
import { approvedOn, firstOverpayment, moneyByQuarter, moneyTotals } from '../../../shared/domain/funding/money';

const amendment = (id: number, amendedOn: string, newAmountCents: number) => ({ id, amendedOn, newAmountCents });
const paid = (on: string, amountCents: number) => ({ on, amountCents });

describe('the amount approved, as amendments change it', () => {
  const amendments = [amendment(2, '2027-01-15', 6_000_000), amendment(1, '2026-10-01', 5_500_000), amendment(3, '2027-01-15', 6_200_000)];

  it('is the amount first approved before any amendment, then the latest amendment in force that day', () => {
    expect(approvedOn(5_000_000, amendments, '2026-09-30')).toBe(5_000_000);
    expect(approvedOn(5_000_000, amendments, '2026-10-01')).toBe(5_500_000);
    // Two amendments the same day: the one recorded last stands.
    expect(approvedOn(5_000_000, amendments, '2027-01-15')).toBe(6_200_000);
    expect(approvedOn(5_000_000, amendments)).toBe(6_200_000);
    expect(approvedOn(5_000_000, [])).toBe(5_000_000);
  });
});

describe('nothing is paid beyond the amount approved without an amendment', () => {
  it('accepts payments that reach the amount exactly, to the cent', () => {
    expect(firstOverpayment(100_000, [], [paid('2026-05-01', 60_000), paid('2026-08-01', 40_000)])).toBeNull();
  });

  it('refuses one cent more, naming the day and the figures', () => {
    expect(firstOverpayment(100_000, [], [paid('2026-05-01', 60_000), paid('2026-08-01', 40_001)])).toEqual({
      on: '2026-08-01',
      paidCents: 100_001,
      approvedCents: 100_000,
    });
  });

  it('counts an amendment only from its date: a raise after the payment does not cover it', () => {
    const payments = [paid('2026-05-01', 60_000), paid('2026-08-01', 60_000)];
    expect(firstOverpayment(100_000, [amendment(1, '2026-08-01', 120_000)], payments)).toBeNull();
    expect(firstOverpayment(100_000, [amendment(1, '2026-08-02', 120_000)], payments)).toEqual({
      on: '2026-08-01',
      paidCents: 120_000,
      approvedCents: 100_000,
    });
  });

  it('refuses an amendment that lowers the amount below what was already paid', () => {
    expect(firstOverpayment(100_000, [amendment(1, '2026-09-01', 50_000)], [paid('2026-05-01', 60_000)])).toEqual({
      on: '2026-09-01',
      paidCents: 60_000,
      approvedCents: 50_000,
    });
  });
});

describe('a claim crossing March 31 is split by fiscal year, in days, to the cent', () => {
  it('splits February to May by the days on each side of April 1', () => {
    // 59 days (Feb 1 to Mar 31, 2027) and 61 days (Apr 1 to May 31): $1,000.00 * 59/120 = 491.666...
    // and * 61/120 = 508.333...; the cent left over goes to the larger remainder, the first year.
    expect(splitByFiscalYear(100_000, '2027-02-01', '2027-05-31')).toEqual([
      { fiscalYear: 2026, days: 59, amountCents: 49_167 },
      { fiscalYear: 2027, days: 61, amountCents: 50_833 },
    ]);
  });

  it('counts February 29 of a leap year and keeps a claim within one year whole', () => {
    expect(daysByFiscalYear('2028-02-01', '2028-04-30')).toEqual([
      { fiscalYear: 2027, days: 60 },
      { fiscalYear: 2028, days: 30 },
    ]);
    expect(splitByFiscalYear(90, '2028-02-01', '2028-04-30').map((share) => share.amountCents)).toEqual([60, 30]);
    expect(splitByFiscalYear(123_456, '2026-04-01', '2027-03-31')).toEqual([{ fiscalYear: 2026, days: 365, amountCents: 123_456 }]);
  });

  it('splits a period over three fiscal years', () => {
    // 31 + 365 + 30 = 426 days; 42_600 cents is 100 a day.
    expect(splitByFiscalYear(42_600, '2026-03-01', '2027-04-30')).toEqual([
      { fiscalYear: 2025, days: 31, amountCents: 3_100 },
      { fiscalYear: 2026, days: 365, amountCents: 36_500 },
      { fiscalYear: 2027, days: 30, amountCents: 3_000 },
    ]);
  });

  it('always adds up to the claim, each year within a cent of its exact share', () => {
    const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), day, fc.integer({ min: 0, max: 3650 }), (amount, start, length) => {
        const from = start.toISOString().slice(0, 10);
        const to = new Date(start.getTime() + length * 86_400_000).toISOString().slice(0, 10);
        const shares = splitByFiscalYear(amount, from, to);
        const totalDays = length + 1;
        expect(shares.reduce((sum, share) => sum + share.days, 0)).toBe(totalDays);
        expect(shares.reduce((sum, share) => sum + share.amountCents, 0)).toBe(amount);
        for (const share of shares) {
          expect(Number.isInteger(share.amountCents)).toBe(true);
          expect(Math.abs(share.amountCents - (amount * share.days) / totalDays)).toBeLessThan(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('money by fiscal quarter', () => {
  it('puts each payment in the quarter of the day it was made, with the total paid to date', () => {
    const rows = moneyByQuarter({
      instalments: [paid('2026-06-15', 25_000), paid('2026-09-15', 25_000)],
      claims: [paid('2026-07-10', 18_000)],
      payments: [paid('2026-06-30', 10_000), paid('2026-07-01', 15_000), paid('2027-03-31', 5_000), paid('2027-04-01', 1)],
    });
    expect(rows).toEqual([
      { quarter: { fiscalYear: 2026, quarter: 1 }, plannedCents: 25_000, claimedCents: 0, paidCents: 10_000, paidToDateCents: 10_000 },
      { quarter: { fiscalYear: 2026, quarter: 2 }, plannedCents: 25_000, claimedCents: 18_000, paidCents: 15_000, paidToDateCents: 25_000 },
      { quarter: { fiscalYear: 2026, quarter: 4 }, plannedCents: 0, claimedCents: 0, paidCents: 5_000, paidToDateCents: 30_000 },
      { quarter: { fiscalYear: 2027, quarter: 1 }, plannedCents: 0, claimedCents: 0, paidCents: 1, paidToDateCents: 30_001 },
    ]);
  });

  it('gives the balance remaining and what no instalment plans yet', () => {
    const totals = moneyTotals(100_000, {
      instalments: [paid('2026-05-01', 40_000), paid('2026-11-01', 40_000)],
      claims: [paid('2026-06-01', 33_333)],
      payments: [paid('2026-06-15', 33_333)],
    });
    expect(totals).toEqual({
      approvedCents: 100_000,
      plannedCents: 80_000,
      claimedCents: 33_333,
      paidCents: 33_333,
      balanceCents: 66_667,
      unplannedCents: 20_000,
    });
  });
});
