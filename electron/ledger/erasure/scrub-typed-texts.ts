import { foldForSearch } from '../search/fold-text';
import { cellsContainingFolded, writeCell, type FileSchema, type SqlExecutor } from '../sqlite/erasure-sql';
import type { ErasureMode } from './clear-member-rows';
import type { ErasureTarget } from './erase-member';
import { registeredColumns, scannedRoles, type ColumnRole } from './erasure-registry';
import { scrubText, scrubValue } from './scrub-text';

function scrubbedJson(value: string, names: readonly string[], label: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return scrubText(value, names, label);
  }
  const scrubbed = JSON.stringify(scrubValue(parsed, names, label));
  // Compared as JSON, so a setting stored with other spacing is not rewritten for nothing.
  return scrubbed === JSON.stringify(parsed) ? value : scrubbed;
}

function scrubbedCell(role: ColumnRole, value: string, targets: readonly ErasureTarget[]): string {
  const scrub = role === 'typed-json' ? scrubbedJson : scrubText;
  return targets.reduce((text, target) => scrub(text, target.values.names, target.label), value);
}

/**
 * Replaces the members' names, email and phone by their labels in every column of the registry that
 * may hold them on anyone's row. fold_text (the app's one folding, in SQL) finds the rows, each cell
 * folded once for all members, so "NÚÑEZ", "núñez" and a decomposed "Núñez" are all found; scrubText
 * replaces them in place. Returns how many cells changed (or would, in 'check' mode).
 */
export async function scrubTypedTexts(db: SqlExecutor, schema: FileSchema, targets: readonly ErasureTarget[], mode: ErasureMode): Promise<number> {
  const names = targets.flatMap((target) => target.values.names);
  const needles = [...new Set(names.map(foldForSearch).filter((needle) => needle !== ''))];
  if (needles.length === 0) return 0;
  let changed = 0;
  for (const { table, column, role } of registeredColumns()) {
    if (!scannedRoles.has(role) || !schema.get(table)?.has(column)) continue;
    for (const cell of await cellsContainingFolded(db, table, column, needles)) {
      const scrubbed = scrubbedCell(role, cell.value, targets);
      if (scrubbed === cell.value) continue;
      changed += 1;
      if (mode === 'check') continue;
      await writeCell(db, table, column, cell.row_id, scrubbed);
    }
  }
  return changed;
}
