import { sql } from 'kysely';
import { erasureRegistry, ownerColumnIn } from './erasure-registry';
import { erasedMarker } from './scrub-text';
import { isWithdrawnLabel } from './withdrawn-label';
import { ownerRows, type FileSchema, type SqlExecutor } from '../sqlite/erasure-sql';

/** What may identify a withdrawn member in text, gathered before their own rows are cleared. */
export interface IdentifyingValues {
  /** Names, alias, email and phone, now and before an edit: replaced by their label wherever typed. */
  names: string[];
  /** Their notes and consent notes: not names, but erased from the audit log's diffs too. */
  notes: string[];
}

export const noValues: IdentifyingValues = { names: [], notes: [] };

function usable(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value !== erasedMarker && !isWithdrawnLabel(value);
}

function unique(values: readonly unknown[]): string[] {
  return [...new Set(values.filter(usable))];
}

export function mergeValues(...sets: readonly IdentifyingValues[]): IdentifyingValues {
  return { names: unique(sets.flatMap((set) => set.names)), notes: unique(sets.flatMap((set) => set.notes)) };
}

/** Audit fields member-service writes for a member's identity: an edit keeps the old name in its diff. */
const auditedNameFields = ['displayName', 'alias', 'email', 'phone'];

function valuesOfChange(change: unknown): unknown[] {
  if (change === null || typeof change !== 'object') return [];
  const { from, to } = change as { from?: unknown; to?: unknown };
  return [from, to];
}

async function namesFromAuditHistory(db: SqlExecutor, schema: FileSchema, memberId: number): Promise<IdentifyingValues> {
  if (!schema.get('audit_log')?.has('changes')) return noValues;
  const { rows } = await sql<{ changes: string }>`
    select changes from audit_log where entity_type = 'member' and entity_id = ${memberId}`.execute(db);
  const names: unknown[] = [];
  const notes: unknown[] = [];
  for (const row of rows) {
    let changes: Record<string, unknown>;
    try {
      changes = JSON.parse(row.changes) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const field of auditedNameFields) names.push(...valuesOfChange(changes[field]));
    notes.push(...valuesOfChange(changes.notes));
  }
  return { names: unique(names), notes: unique(notes) };
}

/**
 * The member's values as this file holds them: their own rows (every identity and about-person column
 * of the registry) and the names their audit history kept. Must run before their rows are cleared.
 */
export async function identifyingValuesIn(db: SqlExecutor, schema: FileSchema, memberId: number): Promise<IdentifyingValues> {
  const names: unknown[] = [];
  const notes: unknown[] = [];
  for (const [table, entry] of Object.entries(erasureRegistry)) {
    const columns = schema.get(table);
    const owner = ownerColumnIn(entry, columns);
    if (!owner || !columns) continue;
    const identity = Object.entries(entry.columns).filter(([column, role]) => columns.has(column) && (role === 'identity' || role === 'about-person'));
    if (identity.length === 0) continue;
    for (const row of await ownerRows(db, table, owner, memberId)) {
      for (const [column, role] of identity) (role === 'identity' ? names : notes).push(row[column]);
    }
  }
  return mergeValues({ names: unique(names), notes: unique(notes) }, await namesFromAuditHistory(db, schema, memberId));
}
