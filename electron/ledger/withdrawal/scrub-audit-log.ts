import type { Executor } from '../database';
import { scrubAuditChanges } from './scrub-audit-changes';

interface AuditRow {
  id: number;
  entity_type: string;
  entity_id: number | null;
  changes: string;
}

/** The value as JSON.stringify writes it inside a string, so LIKE finds it in the stored JSON. */
function asStoredInJson(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/**
 * Rewrites audit entries so none keeps a value erased from the member: entries about the member
 * itself, and any other entry whose text contains one of the values (LIKE finds candidates,
 * the exact check happens in scrubAuditChanges). Returns how many entries changed.
 */
export async function scrubAuditLog(db: Executor, memberId: number, erasedValues: readonly string[]): Promise<number> {
  const candidates = new Map<number, AuditRow>();
  const columns = ['id', 'entity_type', 'entity_id', 'changes'] as const;
  const aboutMember = await db
    .selectFrom('audit_log')
    .select(columns)
    .where('entity_type', '=', 'member')
    .where('entity_id', '=', memberId)
    .execute();
  for (const row of aboutMember) candidates.set(row.id, row);
  for (const value of erasedValues) {
    const rows = await db
      .selectFrom('audit_log')
      .select(columns)
      .where('changes', 'like', `%${asStoredInJson(value)}%`)
      .execute();
    for (const row of rows) candidates.set(row.id, row);
  }

  let changed = 0;
  for (const row of candidates.values()) {
    const isAboutMember = row.entity_type === 'member' && row.entity_id === memberId;
    const scrubbed = JSON.stringify(scrubAuditChanges(JSON.parse(row.changes) as Record<string, unknown>, erasedValues, isAboutMember));
    if (scrubbed === row.changes) continue;
    await db.updateTable('audit_log').set({ changes: scrubbed }).where('id', '=', row.id).execute();
    changed += 1;
  }
  return changed;
}
