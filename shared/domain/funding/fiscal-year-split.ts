/**
 * A claim for a period that crosses March 31 is charged to two (or more) fiscal years, in proportion
 * to the days of the period in each: the Government of Canada's fiscal year starts on April 1.
 * Everything is integer cents; the parts always add up to the claim, to the cent.
 */

export interface FiscalYearShare {
  /** The fiscal year by its first calendar year: 2026 is 2026-04-01 to 2027-03-31. */
  readonly fiscalYear: number;
  readonly days: number;
  readonly amountCents: number;
}

const dayNumber = (isoDate: string) =>
  Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 4 ? year : year - 1;
}

/** Days of [from, to] (both inclusive) in each fiscal year it touches, earliest first. */
export function daysByFiscalYear(from: string, to: string): Array<{ fiscalYear: number; days: number }> {
  const shares: Array<{ fiscalYear: number; days: number }> = [];
  const last = dayNumber(to);
  for (let fiscalYear = fiscalYearOf(from); fiscalYear <= fiscalYearOf(to); fiscalYear += 1) {
    const start = Math.max(dayNumber(from), dayNumber(`${fiscalYear}-04-01`));
    const end = Math.min(last, dayNumber(`${fiscalYear + 1}-03-31`));
    shares.push({ fiscalYear, days: end - start + 1 });
  }
  return shares;
}

/**
 * Splits an amount over the fiscal years of a period by days. Each year first gets the whole cents of
 * its exact share; the cents left over (fewer than the number of years) go to the largest remainders,
 * the earlier year first on a tie, so the split is exact and the same every time.
 */
export function splitByFiscalYear(amountCents: number, from: string, to: string): FiscalYearShare[] {
  const years = daysByFiscalYear(from, to);
  const totalDays = years.reduce((sum, year) => sum + year.days, 0);
  const shares = years.map((year, index) => ({
    index,
    fiscalYear: year.fiscalYear,
    days: year.days,
    amountCents: Math.floor((amountCents * year.days) / totalDays),
    remainder: (amountCents * year.days) % totalDays,
  }));
  let left = amountCents - shares.reduce((sum, share) => sum + share.amountCents, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (left === 0) break;
    share.amountCents += 1;
    left -= 1;
  }
  return shares.map(({ fiscalYear, days, amountCents: cents }) => ({ fiscalYear, days, amountCents: cents }));
}
