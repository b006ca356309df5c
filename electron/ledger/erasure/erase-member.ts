import { mergeSearchSegments, readFileSchema, type SqlExecutor } from '../sqlite/erasure-sql';
import { clearMemberRows, type ErasureMode } from './clear-member-rows';
import { erasureRegistry } from './erasure-registry';
import { identifyingValuesIn, mergeValues, noValues, type IdentifyingValues } from './identifying-values';
import { scrubAuditLog } from './scrub-audit-log';
import { scrubTypedTexts } from './scrub-typed-texts';

export interface ErasureSubject {
  /** The member's id in this file; null when the file holds no row of theirs (the id is someone else's). */
  memberId: number | null;
  /** What their name becomes wherever it was typed ("Withdrawn member 3"). */
  label: string;
  /** Values found elsewhere (the live ledger, another backup) that may name them in this file too. */
  known?: IdentifyingValues;
}

/** A subject with every value to look for: the file's own and the known ones. Kept in memory only. */
export interface ErasureTarget {
  memberId: number | null;
  label: string;
  values: IdentifyingValues;
}

export interface ErasureOutcome {
  /** For each subject, in order, every value looked for. */
  values: IdentifyingValues[];
  rowsCleared: number;
  cellsScrubbed: number;
  auditEntriesScrubbed: number;
}

export function changesIn(outcome: ErasureOutcome): number {
  return outcome.rowsCleared + outcome.cellsScrubbed + outcome.auditEntriesScrubbed;
}

/**
 * The one erasure, for the live ledger (inside the withdrawal's transaction) and for every backup and
 * set-aside ledger file (any schema the app ever had): every column of the erasure registry, found
 * through the file's own schema. Several members are erased in one pass over the texts. In 'check' mode
 * it writes nothing and says what it would change, which is how a scrubbed file is verified.
 * Compacting the file afterwards (free pages, the WAL) is the caller's.
 */
export async function eraseMembers(db: SqlExecutor, subjects: readonly ErasureSubject[], mode: ErasureMode = 'scrub'): Promise<ErasureOutcome> {
  const schema = await readFileSchema(db);
  const targets: ErasureTarget[] = [];
  for (const subject of subjects) {
    const own = subject.memberId === null ? noValues : await identifyingValuesIn(db, schema, subject.memberId);
    targets.push({ memberId: subject.memberId, label: subject.label, values: mergeValues(own, subject.known ?? noValues) });
  }
  let rowsCleared = 0;
  for (const target of targets) {
    if (target.memberId !== null) rowsCleared += await clearMemberRows(db, schema, target.memberId, target.label, mode);
  }
  const cellsScrubbed = await scrubTypedTexts(db, schema, targets, mode);
  const auditEntriesScrubbed = await scrubAuditLog(db, schema, targets, mode);
  if (mode === 'scrub') {
    for (const [table, entry] of Object.entries(erasureRegistry)) {
      const searchIndex = Object.values(entry.columns).includes('search-text');
      if (searchIndex && schema.has(table)) await mergeSearchSegments(db, table);
    }
  }
  return { values: targets.map((target) => target.values), rowsCleared, cellsScrubbed, auditEntriesScrubbed };
}
