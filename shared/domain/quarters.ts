import { z } from 'zod';

/** A calendar quarter written "2026-Q4", the unit funders report in. */
export const quarterSchema = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { message: 'must be a quarter written YYYY-Qn, e.g. 2026-Q4' });
export type Quarter = z.infer<typeof quarterSchema>;

/** The quarter a YYYY-MM-DD date falls in. */
export function quarterOf(isoDate: string): Quarter {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** First and last day of a quarter, both inclusive, as YYYY-MM-DD. */
export function quarterRange(quarter: Quarter): { from: string; to: string } {
  const year = quarter.slice(0, 4);
  const index = Number(quarter.slice(6)) - 1;
  const lastDays = ['03-31', '06-30', '09-30', '12-31'] as const;
  const firstMonth = String(index * 3 + 1).padStart(2, '0');
  return { from: `${year}-${firstMonth}-01`, to: `${year}-${lastDays[index] ?? '12-31'}` };
}
