import { z } from 'zod';

/**
 * The Government of Canada's fiscal year runs April to March; fiscal year 2026 is 2026-04-01 to
 * 2027-03-31 and its first quarter is April to June.
 */
export const fiscalQuarterSchema = z.strictObject({
  fiscalYear: z.number().int().min(2000).max(2100),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});
export type FiscalQuarter = z.infer<typeof fiscalQuarterSchema>;

const pad = (value: number) => String(value).padStart(2, '0');

export function fiscalQuarterRange({ fiscalYear, quarter }: FiscalQuarter): { startsOn: string; endsOn: string } {
  const startMonth = 4 + (quarter - 1) * 3; // 4, 7, 10, 13
  const startYear = fiscalYear + (startMonth > 12 ? 1 : 0);
  const month = ((startMonth - 1) % 12) + 1;
  const endMonth = month + 2;
  const lastDay = new Date(Date.UTC(startYear, endMonth, 0)).getUTCDate();
  return { startsOn: `${startYear}-${pad(month)}-01`, endsOn: `${startYear}-${pad(endMonth)}-${pad(lastDay)}` };
}

/** The quarter a date falls in. */
export function fiscalQuarterOf(isoDate: string): FiscalQuarter {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const fiscalYear = month >= 4 ? year : year - 1;
  const quarter = (Math.floor(((month + 8) % 12) / 3) + 1) as FiscalQuarter['quarter'];
  return { fiscalYear, quarter };
}

/** "2026–27 Q3" in English, "T3 2026-2027" in French. */
export function fiscalQuarterLabel({ fiscalYear, quarter }: FiscalQuarter, language: 'en' | 'fr'): string {
  return language === 'fr'
    ? `T${quarter} ${fiscalYear}-${fiscalYear + 1}`
    : `${fiscalYear}–${String(fiscalYear + 1).slice(2)} Q${quarter}`;
}

export function fiscalQuarterKey({ fiscalYear, quarter }: FiscalQuarter): string {
  return `${fiscalYear}-Q${quarter}`;
}

/** The inverse of fiscalQuarterKey. */
export function parseFiscalQuarterKey(key: string): FiscalQuarter {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) throw new Error(`Not a fiscal quarter key: ${key}`);
  return { fiscalYear: Number(match[1]), quarter: Number(match[2]) as FiscalQuarter['quarter'] };
}

export function nextFiscalQuarter({ fiscalYear, quarter }: FiscalQuarter): FiscalQuarter {
  return quarter === 4 ? { fiscalYear: fiscalYear + 1, quarter: 1 } : { fiscalYear, quarter: (quarter + 1) as FiscalQuarter['quarter'] };
}
