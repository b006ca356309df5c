import { isMigrantWorkerCategory } from '../../shared/domain/stakeholder-categories';
import type { Executor } from '../ledger/database';
import { listAliasesInUse } from '../ledger/members/aliases/aliases-in-use';
import { proposeAliases } from '../ledger/members/aliases/propose-aliases';
import type { ImportedRow } from './row-to-draft';

/**
 * Gives every migrant worker of an import who has no alias one of the app's proposals, unique in
 * the ledger and in the file. Returns new rows: the validated rows are cached and stay as read.
 */
export async function giveAliases(
  db: Executor,
  rows: readonly ImportedRow[],
  seed: number,
): Promise<{ rows: ImportedRow[]; given: number }> {
  const needing = rows.filter((row) => isMigrantWorkerCategory(row.draft.category) && !row.draft.alias);
  if (needing.length === 0) return { rows: [...rows], given: 0 };
  const inFile = rows.map((row) => row.draft.alias).filter((alias): alias is string => !!alias);
  const aliases = proposeAliases(needing.length, [...(await listAliasesInUse(db)), ...inFile], seed);
  const aliasOf = new Map(needing.map((row, index) => [row, aliases[index] as string]));
  return {
    rows: rows.map((row) => {
      const alias = aliasOf.get(row);
      return alias ? { ...row, draft: { ...row.draft, alias } } : row;
    }),
    given: needing.length,
  };
}
