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
