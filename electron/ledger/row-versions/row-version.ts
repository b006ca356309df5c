import { sql } from 'kysely';
import { DomainError } from '../../domain-error';
import type { Executor } from '../database';
import { engineOf } from '../engine/engine-of';

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

/** Set beside every change to a versioned record: the next edit from an older copy is refused. */
export const nextRowVersion = sql<number>`row_version + 1`;

/**
 * Checks, first in a change's transaction, that the coordinator edited the version the ledger holds,
 * and otherwise refuses naming who changed it since and when. On PostgreSQL the record stays locked
 * until the change commits, so two saves of one version cannot both pass (SQLite runs one change at a
 * time). Every update of the record raises its version (nextRowVersion), whoever makes it.
 * Returns false when there is no such record (the caller's own not-found applies). Without an
 * expected version (scripts, imports) nothing is checked.
 */
export async function checkRowVersion(db: Executor, table: VersionedTable, id: number, expectedVersion: number | undefined): Promise<boolean> {
  const current = await db
    .selectFrom(table)
    .select('row_version')
    .where('id', '=', id)
    .$if(engineOf(db) === 'postgres', (query) => query.forUpdate())
    .executeTakeFirst();
  if (!current) return false;
  if (expectedVersion === undefined || current.row_version === expectedVersion) return true;
  const change = await lastChange(db, table, id);
  const who = change?.actor ?? null;
  throw new DomainError(
    'conflict',
    `This record was changed${who ? ` by ${who}` : ''}${change ? ` at ${change.at}` : ''} after it was opened; the change was not saved`,
    [],
    who && change ? { reason: 'record.changedElsewhere', params: { who, when: change.at } } : { reason: 'record.changedElsewhereUnknown' },
  );
}
