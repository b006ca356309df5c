import { fiscalQuarterKey, fiscalQuarterOf, type FiscalQuarter } from '../fiscal-quarter';

/**
 * An agreement's money, in integer cents: the amount approved as amendments change it, what was
 * paid against it, and what each fiscal quarter planned, received in claims and paid. Pure, so the
 * service, the reports and the tests all count the same way.
 */

export interface Amendment {
  readonly id: number;
  readonly amendedOn: string;
  readonly newAmountCents: number;
}

export interface DatedAmount {
  readonly on: string;
  readonly amountCents: number;
}

const byDateThenId = (a: Amendment, b: Amendment) => (a.amendedOn < b.amendedOn ? -1 : a.amendedOn > b.amendedOn ? 1 : a.id - b.id);

/**
 * The amount approved on a day: the latest amendment dated that day or before (the last recorded one
 * on a tie), else the amount first approved. Without a day, after every amendment.
 */
export function approvedOn(originalCents: number, amendments: readonly Amendment[], isoDate?: string): number {
  let amount = originalCents;
  for (const amendment of [...amendments].sort(byDateThenId)) {
    if (isoDate !== undefined && amendment.amendedOn > isoDate) break;
    amount = amendment.newAmountCents;
  }
  return amount;
}

export const sumCents = (entries: readonly { amountCents: number }[]) => entries.reduce((sum, entry) => sum + entry.amountCents, 0);

export interface Overpayment {
  /** The first day on which more had been paid than was approved. */
  readonly on: string;
  readonly paidCents: number;
  readonly approvedCents: number;
}

/**
 * Nothing may be paid beyond the amount approved without a recorded amendment: on every day a
 * payment is made or the amount is amended, the payments made up to that day must not exceed the
 * amount approved on it. Checking amendment days too catches an amendment that lowers the amount
 * below what was already paid. Null when every day is within the amount.
 */
export function firstOverpayment(originalCents: number, amendments: readonly Amendment[], payments: readonly DatedAmount[]): Overpayment | null {
  const days = [...new Set([...payments.map((payment) => payment.on), ...amendments.map((amendment) => amendment.amendedOn)])].sort();
  for (const day of days) {
    const paidCents = sumCents(payments.filter((payment) => payment.on <= day));
    const approvedCents = approvedOn(originalCents, amendments, day);
    if (paidCents > approvedCents) return { on: day, paidCents, approvedCents };
  }
  return null;
}

export interface MoneyTotals {
  readonly approvedCents: number;
  readonly plannedCents: number;
  readonly claimedCents: number;
  readonly paidCents: number;
  /** Approved less paid: what the agreement may still pay. */
  readonly balanceCents: number;
  /** Approved less planned: what no instalment yet schedules (negative when the plan exceeds the amount). */
  readonly unplannedCents: number;
}

export function moneyTotals(
  approvedCents: number,
  entries: { instalments: readonly DatedAmount[]; claims: readonly DatedAmount[]; payments: readonly DatedAmount[] },
): MoneyTotals {
  const plannedCents = sumCents(entries.instalments);
  const paidCents = sumCents(entries.payments);
  return {
    approvedCents,
    plannedCents,
    claimedCents: sumCents(entries.claims),
    paidCents,
    balanceCents: approvedCents - paidCents,
    unplannedCents: approvedCents - plannedCents,
  };
}

export interface QuarterMoney {
  readonly quarter: FiscalQuarter;
  readonly plannedCents: number;
  readonly claimedCents: number;
  readonly paidCents: number;
  /** Paid in this quarter and every one before it. */
  readonly paidToDateCents: number;
}

/**
 * Planned instalments by due date, claims by the day they were received and payments by the day they
 * were made, per fiscal quarter (April 1 starts the year), for every quarter that has any of them.
 */
export function moneyByQuarter(entries: { instalments: readonly DatedAmount[]; claims: readonly DatedAmount[]; payments: readonly DatedAmount[] }): QuarterMoney[] {
  const quarters = new Map<string, { quarter: FiscalQuarter; plannedCents: number; claimedCents: number; paidCents: number }>();
  const add = (on: string, field: 'plannedCents' | 'claimedCents' | 'paidCents', cents: number) => {
    const quarter = fiscalQuarterOf(on);
    const key = fiscalQuarterKey(quarter);
    const row = quarters.get(key) ?? { quarter, plannedCents: 0, claimedCents: 0, paidCents: 0 };
    row[field] += cents;
    quarters.set(key, row);
  };
  for (const entry of entries.instalments) add(entry.on, 'plannedCents', entry.amountCents);
  for (const entry of entries.claims) add(entry.on, 'claimedCents', entry.amountCents);
  for (const entry of entries.payments) add(entry.on, 'paidCents', entry.amountCents);
  let paidToDateCents = 0;
  return [...quarters.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, row]) => {
      paidToDateCents += row.paidCents;
      return { ...row, paidToDateCents };
    });
}
