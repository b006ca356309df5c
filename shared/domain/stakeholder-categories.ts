import { z } from 'zod';

/** The Network's stakeholder categories, in the order reports list them. */
export const stakeholderCategories = [
  'current_migrant_worker',
  'former_migrant_worker',
  'worker_advocacy',
  'settlement_agency',
  'union',
  'employer',
  'industry_association',
  'foreign_government',
  'government_bc',
  'government_canada',
  'academic_legal',
  'other_civil_society',
] as const;

export const stakeholderCategorySchema = z.enum(stakeholderCategories);
export type StakeholderCategory = z.infer<typeof stakeholderCategorySchema>;

const migrantWorkerCategories: ReadonlySet<StakeholderCategory> = new Set([
  'current_migrant_worker',
  'former_migrant_worker',
]);

/** Migrant workers appear by alias in documents unless their consent says otherwise. */
export function isMigrantWorkerCategory(category: StakeholderCategory): boolean {
  return migrantWorkerCategories.has(category);
}
