import { sql } from 'kysely';
import { foldForSearch } from '../search/fold-text';
import { cellsContainingFolded, writeCell, type FileSchema, type SqlExecutor, type TextCell } from '../sqlite/erasure-sql';
import type { ErasureMode } from './clear-member-rows';
import type { ErasureTarget } from './erase-member';
import { scrubAuditChanges } from './scrub-audit-changes';
import { erasedMarker } from './scrub-text';

/** The value as JSON.stringify writes it inside a string, so it is found in the stored JSON. */
function asStoredInJson(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** The entry's new text, or null when nothing in it changes (compared as JSON, not as stored spacing). */
function scrubbedEntry(stored: string, erased: readonly string[], aboutMember: boolean): string | null {
  let changes: Record<string, unknown>;
  try {
    changes = JSON.parse(stored) as Record<string, unknown>;
  } catch {
    // Not JSON (a damaged entry), yet it holds the name or is about the member: it is erased whole.
    return JSON.stringify({ unreadableEntry: { from: erasedMarker, to: erasedMarker } });
  }
  const scrubbed = JSON.stringify(scrubAuditChanges(changes, erased, aboutMember));
  return scrubbed === JSON.stringify(changes) ? null : scrubbed;
}

async function entriesAboutMembers(db: SqlExecutor, memberIds: readonly number[]): Promise<TextCell[]> {
  if (memberIds.length === 0) return [];
  const { rows } = await sql<TextCell>`
    select id as row_id, changes as value from audit_log
    where entity_type = 'member' and entity_id in (${sql.join(memberIds)})`.execute(db);
  return rows;
}

/**
 * Rewrites audit entries so none keeps a value erased from the members: entries about a member lose
 * every personal field, and any entry whose diff holds one of the values (found with fold_text, so
 * "núñez inés" and "ĐẶNG THỊ LAN" are found as well as the name as typed) has it replaced.
 * Returns how many entries changed (or would, in 'check' mode).
 */
export async function scrubAuditLog(db: SqlExecutor, schema: FileSchema, targets: readonly ErasureTarget[], mode: ErasureMode): Promise<number> {
  if (!schema.get('audit_log')?.has('changes')) return 0;
  const erased = targets.flatMap((target) => [...target.values.names, ...target.values.notes]);
  const memberIds = targets.flatMap((target) => (target.memberId === null ? [] : [target.memberId]));
  const aboutMember = await entriesAboutMembers(db, memberIds);
  const aboutIds = new Set(aboutMember.map((entry) => entry.row_id));
  const needles = [...new Set(erased.map((value) => foldForSearch(asStoredInJson(value))).filter((needle) => needle !== ''))];
  const candidates = new Map<number, TextCell>(aboutMember.map((entry) => [entry.row_id, entry]));
  for (const entry of await cellsContainingFolded(db, 'audit_log', 'changes', needles)) candidates.set(entry.row_id, entry);

  let changed = 0;
  for (const entry of candidates.values()) {
    const scrubbed = scrubbedEntry(entry.value, erased, aboutIds.has(entry.row_id));
    if (scrubbed === null) continue;
    changed += 1;
    if (mode === 'scrub') await writeCell(db, 'audit_log', 'changes', entry.row_id, scrubbed);
  }
  return changed;
}
