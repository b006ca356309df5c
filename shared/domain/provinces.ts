import { z } from 'zod';

/**
 * Canada's provinces and territories by their postal codes, in the order Statistics Canada lists
 * them (west to east is not how Canadians read lists of provinces). The Network began in British
 * Columbia: records made before provinces existed are BC's.
 */
export const provinceCodes = ['NL', 'PE', 'NS', 'NB', 'QC', 'ON', 'MB', 'SK', 'AB', 'BC', 'YT', 'NT', 'NU'] as const;
export const provinceSchema = z.enum(provinceCodes);
export type ProvinceCode = z.infer<typeof provinceSchema>;
export const defaultProvince: ProvinceCode = 'BC';

/** The IANA time zones of Canada, for the meeting form; a meeting may name any other valid zone. */
export const canadianTimeZones = [
  'America/St_Johns',
  'America/Halifax',
  'America/Moncton',
  'America/Toronto',
  'America/Winnipeg',
  'America/Regina',
  'America/Edmonton',
  'America/Vancouver',
  'America/Whitehorse',
  'America/Yellowknife',
  'America/Iqaluit',
] as const;
export const defaultTimeZone = 'America/Vancouver';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().trim().min(1).max(64).refine(isTimeZone);
