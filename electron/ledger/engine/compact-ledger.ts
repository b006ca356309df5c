import type { LedgerDb } from '../database';
import { engineOf } from './engine-of';
import { vacuumLedgerTables } from '../postgres/compact-tables';
import { compactSqliteFile } from '../sqlite/erase-deleted-content';

/** After an erasure: the erased bytes gone from the ledger's own storage, on either engine. */
export async function compactLedgerFile(db: LedgerDb): Promise<void> {
  if (engineOf(db) === 'postgres') await vacuumLedgerTables(db);
  else await compactSqliteFile(db);
}
