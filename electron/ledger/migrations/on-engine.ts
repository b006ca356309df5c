import { PostgresAdapter, type Kysely } from 'kysely';

// Part of the frozen migrations (imports nothing from the app): a migration that must differ between
// the engines says so in one place, through this, and shares everything else.

export interface EngineParts {
  sqlite?: () => Promise<void>;
  postgres?: () => Promise<void>;
}

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Runs the part written for the engine the ledger is on; a missing part means nothing to do there. */
export async function onEngine(db: Kysely<unknown>, parts: EngineParts): Promise<void> {
  const part = isPostgres(db) ? parts.postgres : parts.sqlite;
  await part?.();
}
