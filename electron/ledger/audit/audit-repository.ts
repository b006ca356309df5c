import type { AuditEntrySummary, AuditListQuery } from '../../../shared/contract/audit';
import type { Executor } from '../database';

/** Field names only: the values stay in the ledger, where erasure can reach them. */
function changedFieldsOf(changes: string): string[] {
  try {
    const parsed: unknown = JSON.parse(changes);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed).sort() : [];
  } catch {
    return [];
  }
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function listAuditEntries(
  db: Executor,
  query: AuditListQuery,
): Promise<{ total: number; items: AuditEntrySummary[] }> {
  let filtered = db.selectFrom('audit_log');
  if (query.operation) filtered = filtered.where('operation', '=', query.operation);
  if (query.entityType) filtered = filtered.where('entity_type', '=', query.entityType);
  if (query.entityId !== null) filtered = filtered.where('entity_id', '=', query.entityId);
  // Timestamps are ISO strings, so day bounds compare as text.
  if (query.from) filtered = filtered.where('at', '>=', query.from);
  if (query.to) filtered = filtered.where('at', '<', nextDay(query.to));
  const counted = await filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  const rows = await filtered
    .select(['id', 'at', 'actor', 'operation', 'entity_type', 'entity_id', 'changes'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return {
    total: Number(counted.count),
    items: rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      operation: row.operation,
      entityType: row.entity_type,
      entityId: row.entity_id,
      changedFields: changedFieldsOf(row.changes),
    })),
  };
}

/** The values the filters can take, for the view's pickers. */
export async function auditFacets(db: Executor): Promise<{ operations: string[]; entityTypes: string[] }> {
  const operations = await db.selectFrom('audit_log').select('operation').distinct().orderBy('operation').execute();
  const entityTypes = await db.selectFrom('audit_log').select('entity_type').distinct().orderBy('entity_type').execute();
  return { operations: operations.map((row) => row.operation), entityTypes: entityTypes.map((row) => row.entity_type) };
}

/**
 * Grows with every change any coordinator makes (each is audited): on a server ledger, the backup
 * scheduler compares it to tell a changed ledger from an idle one.
 */
export async function latestAuditEntryId(db: Executor): Promise<number> {
  const row = await db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('latest')).executeTakeFirst();
  return Number(row?.latest ?? 0);
}
