import { isMigrantWorkerCategory, stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../../ledger/database';
import type { WorkerName } from './redaction-check';

/**
 * Every migrant worker's real name, for the redaction check of documents that travel (reports,
 * notices). Withdrawn workers are left out: their name is already erased, and the neutral label
 * standing in ("Withdrawn member 3") would flag every "member" in a text.
 */
export async function migrantWorkerNames(db: Executor): Promise<WorkerName[]> {
  const rows = await db
    .selectFrom('members')
    .select(['id', 'display_name'])
    .where('category', 'in', stakeholderCategories.filter(isMigrantWorkerCategory))
    .where('withdrawn_at', 'is', null)
    .execute();
  return rows.map((row) => ({ memberId: row.id, displayName: row.display_name }));
}
