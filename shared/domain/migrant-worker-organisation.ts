import type { StakeholderCategory } from './stakeholder-categories';

const migrantWorkerOrganisationSectors: ReadonlySet<StakeholderCategory> = new Set([
  'worker_advocacy',
  'current_migrant_worker',
  'former_migrant_worker',
]);

/**
 * Organisations of migrant workers or working for them directly (worker advocacy and grassroots
 * groups, associations of current or former workers). Their members face employers, so a figure in
 * a shared document that describes fewer of them than the threshold follows the disclosure rules,
 * as a count of people does.
 */
export function isMigrantWorkerOrganisation(sector: StakeholderCategory | null): boolean {
  return sector !== null && migrantWorkerOrganisationSectors.has(sector);
}
