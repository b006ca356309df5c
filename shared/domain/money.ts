/**
 * Money is kept in integer cents end to end; these convert the coordinator's typing
 * ("85", "85.5", "$1,200.00") without ever passing through a floating-point number.
 */
export function parseDollarsToCents(text: string): number | undefined {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '');
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  const dollars = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return dollars * 100 + cents;
}

export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const dollars = Math.floor(absolute / 100);
  return `${sign}$${dollars.toLocaleString('en-CA')}.${String(absolute % 100).padStart(2, '0')}`;
}

/** Rounds a non-negative ratio to the nearest integer, halves up, in integers only. */
export function divideRoundingHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
