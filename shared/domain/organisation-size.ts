import { z } from 'zod';

/**
 * How big an organisation is, by paid staff: the funding program pairs larger organisations with
 * smaller ones (grassroots groups, worker advocacy groups) to build their capacity. Staff is what a
 * coordinator can ask and an organisation can answer; budgets vary too much from year to year.
 *   grassroots: volunteer-run, no paid staff
 *   small: 1 to 9 paid staff
 *   medium: 10 to 49 paid staff
 *   large: 50 or more paid staff
 */
export const organisationSizes = ['grassroots', 'small', 'medium', 'large'] as const;
export const organisationSizeSchema = z.enum(organisationSizes);
export type OrganisationSize = z.infer<typeof organisationSizeSchema>;

/** 0 for the smallest. */
export function sizeRank(size: OrganisationSize): number {
  return organisationSizes.indexOf(size);
}

/** True when one of the two is smaller than the other; false when a size is unknown or both are alike. */
export function pairsSmallerWithLarger(a: OrganisationSize | null, b: OrganisationSize | null): boolean {
  return a !== null && b !== null && sizeRank(a) !== sizeRank(b);
}
