import { isMigrantWorkerCategory, stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../../ledger/database';
import type { WorkerName } from './redaction-check';

/**
 * Every migrant worker's real name, for the redaction check of documents that travel (reports,
 * notices, minutes, packets). Withdrawn workers are left out: their name is already erased, and the
 * neutral label standing in ("Withdrawn member 3") would flag every "member" in a text. The Network's
 * own minutes may name workers who consented to it, so they ask for the others only.
 */
export async function migrantWorkerNames(
  db: Executor,
  options: { exceptThoseWhoMayBeNamed?: boolean } = {},
): Promise<WorkerName[]> {
  let query = db
    .selectFrom('members')
    .select(['id', 'display_name'])
    .where('category', 'in', stakeholderCategories.filter(isMigrantWorkerCategory))
    .where('withdrawn_at', 'is', null);
  if (options.exceptThoseWhoMayBeNamed) query = query.where('may_be_named', '=', 0);
  const rows = await query.execute();
  return rows.map((row) => ({ memberId: row.id, displayName: row.display_name }));
}
