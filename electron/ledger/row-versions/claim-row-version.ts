import { sql } from 'kysely';
import { DomainError } from '../../domain-error';
import type { Executor } from '../database';

/** The records a form edits, by table, with the entity type their audit entries use. */
const auditedAs = {
  members: 'member',
  organisations: 'organisation',
  working_groups: 'working_group',
  meetings: 'meeting',
  recommendations: 'recommendation',
} as const;

export type VersionedTable = keyof typeof auditedAs;

/** Who made the record's latest change, and when, as the audit log says. */
async function lastChange(db: Executor, table: VersionedTable, id: number): Promise<{ actor: string | null; at: string } | undefined> {
  return db
    .selectFrom('audit_log')
    .select(['actor', 'at'])
    .where('entity_type', '=', auditedAs[table])
    .where('entity_id', '=', id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Takes the record for this change: raises its version, and refuses when the coordinator's copy was
 * older (another coordinator saved in between), naming who did and when. Called first in the change's
 * transaction, so the record stays locked until it commits: two saves of one version cannot both pass.
 * Returns false when there is no such record (the caller's own not-found applies). Without an
 * expected version (scripts, imports) the version is raised all the same.
 */
export async function claimRowVersion(db: Executor, table: VersionedTable, id: number, expectedVersion: number | undefined): Promise<boolean> {
  const claimed = await db
    .updateTable(table)
    .set({ row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .$if(expectedVersion !== undefined, (query) => query.where('row_version', '=', expectedVersion as number))
    .returning('row_version')
    .executeTakeFirst();
  if (claimed) return true;
  const exists = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) return false;
  const change = await lastChange(db, table, id);
  const who = change?.actor ?? null;
  throw new DomainError(
    'conflict',
    `This record was changed${who ? ` by ${who}` : ''}${change ? ` at ${change.at}` : ''} after it was opened; the change was not saved`,
    [],
    who && change ? { reason: 'record.changedElsewhere', params: { who, when: change.at } } : { reason: 'record.changedElsewhereUnknown' },
  );
}
