import { erasureRegistry, ownerColumnIn, type ColumnRole } from './erasure-registry';
import { isWithdrawnLabel } from './withdrawn-label';
import { clearOwnerRows, deleteOwnerRows, ownerRows, type FileSchema, type SqlExecutor } from '../sqlite/erasure-sql';

/** 'check' counts what scrubbing would change and writes nothing: it is how a file is verified clean. */
export type ErasureMode = 'scrub' | 'check';

const clearedOnOwnRow: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['identity', 'about-person', 'personal-detail']);

function isCleared(value: unknown, target: string | null): boolean {
  return target === null ? value === null : isWithdrawnLabel(value);
}

/** The member's rows in one table: deleted, or their personal columns cleared (the label where required). */
async function clearOwnRows(db: SqlExecutor, table: string, schema: FileSchema, memberId: number, label: string, mode: ErasureMode): Promise<number> {
  const entry = erasureRegistry[table];
  const columns = schema.get(table);
  const owner = entry && ownerColumnIn(entry, columns);
  if (!entry?.owner || !owner || !columns) return 0;
  const rows = await ownerRows(db, table, owner, memberId);
  if (rows.length === 0) return 0;
  if (entry.owner.rows === 'deleted') {
    if (mode === 'scrub') await deleteOwnerRows(db, table, owner, memberId);
    return rows.length;
  }
  const targets = Object.entries(entry.columns)
    .filter(([column, role]) => clearedOnOwnRow.has(role) && columns.has(column))
    .map(([column]) => ({ column, value: columns.get(column)?.notNull ? label : null }));
  const dirty = targets.filter(({ column, value }) => rows.some((row) => !isCleared(row[column], value)));
  if (dirty.length === 0) return 0;
  if (mode === 'scrub') await clearOwnerRows(db, table, owner, memberId, Object.fromEntries(dirty.map(({ column, value }) => [column, value])));
  return rows.length;
}

/** Links from other records to the member that are personal in themselves (an organisation's member record). */
async function unlinkMember(db: SqlExecutor, table: string, schema: FileSchema, memberId: number, mode: ErasureMode): Promise<number> {
  const columns = schema.get(table);
  let changed = 0;
  for (const [column, role] of Object.entries(erasureRegistry[table]?.columns ?? {})) {
    if (role !== 'member-link' || !columns?.has(column)) continue;
    const linked = (await ownerRows(db, table, column, memberId)).length;
    if (linked > 0 && mode === 'scrub') await clearOwnerRows(db, table, column, memberId, { [column]: null });
    changed += linked;
  }
  return changed;
}

/** Clears everything the registry says belongs to the member; returns how many rows changed (or would). */
export async function clearMemberRows(db: SqlExecutor, schema: FileSchema, memberId: number, label: string, mode: ErasureMode): Promise<number> {
  let changed = 0;
  for (const table of Object.keys(erasureRegistry)) {
    changed += await clearOwnRows(db, table, schema, memberId, label, mode);
    changed += await unlinkMember(db, table, schema, memberId, mode);
  }
  return changed;
}
