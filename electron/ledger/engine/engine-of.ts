import { PostgresAdapter } from 'kysely';

/** The two database engines a ledger can live on. */
export type LedgerEngine = 'sqlite' | 'postgres';

/** Anything Kysely runs queries through: the database, a transaction, a single connection. */
export interface QueryRunner {
  getExecutor(): { readonly adapter: unknown };
}

/**
 * Which engine a query runs on, read from the executor itself, so a repository given a transaction
 * needs no extra argument. The engine-specific modules (sqlite/, postgres/) are chosen through this.
 */
export function engineOf(db: QueryRunner): LedgerEngine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
